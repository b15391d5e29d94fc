package org.specloop.command.motor;

import org.specloop.command.kernel.Required;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;

/**
 * Last-line checks of run commands. Ingest validates messages before it sends anything; these keep
 * other senders from recording a run that the IEC 60034 evaluation could not judge.
 */
final class MotorRunCommands {

    private MotorRunCommands() {
    }

    static void check(StartMotorTestRun command) {
        Required.argument(command.rigId(), "rigId");
        Required.argument(command.motorSerial(), "motorSerial");
        Required.argument(command.motorDesign(), "motorDesign");
        if (!(command.ratedPowerKw() > 0)) {
            throw new IllegalArgumentException("ratedPowerKw must be positive, got " + command.ratedPowerKw());
        }
        if (command.poles() < 2 || command.poles() % 2 != 0) {
            throw new IllegalArgumentException("poles must be an even number of at least 2, got " + command.poles());
        }
        if (command.thermalClass() == null || command.mounting() == null || command.vibrationGrade() == null) {
            throw new IllegalArgumentException("thermalClass, mounting and vibrationGrade are required");
        }
        if (command.installedLots().isEmpty()) {
            throw new IllegalArgumentException("a run needs the magnet lots installed in the motor");
        }
    }

    /**
     * The design must be defined and every installed lot received as the design's magnet part: a run that
     * names another part's lots (or lots that do not exist) would join the wrong magnets to the motor's
     * results and bend the transfer function the loop derives limits from.
     */
    static void checkDeclarations(StartMotorTestRun command, RunDeclarations declarations) {
        RunDeclarations.Design design = declarations.design(command.motorDesign()).orElseThrow(() -> new RuleViolation(
                "unknown-motor-design", "motor design '" + command.motorDesign() + "' is not defined; define it"
                + " (POST /api/motor-designs) before testing its motors"));
        for (String lot : command.installedLots()) {
            String part = declarations.partOfLot(lot).orElseThrow(() -> new RuleViolation("unknown-lot",
                    "installed lot '" + lot + "' has not been received"));
            if (design.magnetPartNumber() != null && !design.magnetPartNumber().equals(part)) {
                throw new RuleViolation("lot-of-another-part", "installed lot '" + lot + "' is part " + part
                        + ", but design " + design.designId() + " takes magnets of part " + design.magnetPartNumber()
                        + " (specification " + design.magnetSpecificationId() + ")");
            }
        }
    }

    static void check(RecordOperatingPointResult command) {
        Required.argument(command.pointId(), "pointId");
        Required.argument(command.kind(), "kind");
        if (command.sampleCount() < 1) {
            throw new IllegalArgumentException("a result needs at least one sample, got " + command.sampleCount());
        }
    }
}
