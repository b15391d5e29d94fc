package org.specloop.command.motor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.specloop.contracts.motor.MotorTestRunStarted;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;

/**
 * One motor on one rig: its results per operating point, tied to the motor and its magnet lots.
 * Ingest delivers at least once, so a repeated result or completion is ignored rather than refused.
 */
public class MotorTestRun {

    @AggregateIdentifier
    private String runId;
    private String rigId;
    private String motorSerial;
    private String motorDesign;
    private List<String> installedLots;
    private final Set<String> recordedPoints = new HashSet<>();
    private boolean completed;

    protected MotorTestRun() {
    }

    @CommandHandler
    public MotorTestRun(StartMotorTestRun command, Clock clock, RunDeclarations declarations) {
        MotorRunCommands.check(command);
        MotorRunCommands.checkDeclarations(command, declarations);
        apply(new MotorTestRunStarted(command.runId(), command.rigId(), command.motorSerial(), command.motorDesign(),
                command.ratedPowerKw(), command.poles(), command.frequencyHz(), command.thermalClass(),
                command.shaftHeightMm(), command.mounting(), command.vibrationGrade(), command.installedLots(),
                command.minimumIeClass(), command.maxDemagnetizationLossPercent(),
                command.startedAt() != null ? command.startedAt() : clock.instant()));
    }

    @CommandHandler
    public void handle(RecordOperatingPointResult command, Clock clock) {
        if (recordedPoints.contains(command.pointId())) {
            return; // the same point sent again after a crash or a replay: its result is already recorded
        }
        if (completed) {
            throw new RuleViolation("run-completed", "run " + runId + " is completed; point " + command.pointId()
                    + " came too late to be recorded");
        }
        MotorRunCommands.check(command);
        apply(new MotorPerformanceRecorded(runId, motorSerial, motorDesign, rigId, installedLots, command.pointId(),
                command.kind(), command.sampleCount(), command.meanSpeedRpm(), command.meanTorqueNm(),
                command.outputPowerW(), command.inputPowerW(), command.efficiencyPercent(), command.keVsPerRad(),
                command.temperatureRiseK(), command.vibrationRmsMmS(), command.demagnetizationLossPercent(),
                command.ieClassMet(), command.verdicts(),
                command.recordedAt() != null ? command.recordedAt() : clock.instant()));
    }

    @CommandHandler
    public void handle(CompleteMotorTestRun command, Clock clock) {
        if (completed) {
            return;
        }
        apply(new MotorRunCompleted(runId, motorSerial, motorDesign, installedLots, recordedPoints.size(),
                command.finishedAt() != null ? command.finishedAt() : clock.instant()));
    }

    @EventSourcingHandler
    void on(MotorTestRunStarted event) {
        runId = event.runId();
        rigId = event.rigId();
        motorSerial = event.motorSerial();
        motorDesign = event.motorDesign();
        installedLots = event.installedLots();
    }

    @EventSourcingHandler
    void on(MotorPerformanceRecorded event) {
        recordedPoints.add(event.pointId());
    }

    @EventSourcingHandler
    void on(MotorRunCompleted event) {
        completed = true;
    }
}
