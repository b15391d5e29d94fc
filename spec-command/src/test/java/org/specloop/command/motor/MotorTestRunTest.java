package org.specloop.command.motor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.command.axon.FirstComponentTargetResolver;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.specloop.contracts.motor.MotorTestRunStarted;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.RequirementVerdict;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;
import org.specloop.command.kernel.RuleViolation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;

class MotorTestRunTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-11-20T08:00:00Z");
    private static final List<String> LOTS = List.of("LOT-1", "LOT-2");
    private static final List<RequirementVerdict> VERDICTS = List.of(
            new RequirementVerdict("temperature rise within thermal class 155(F)", Verdict.PASS, 86.5, 105.0, "K"));
    private FixtureConfiguration<MotorTestRun> fixture;
    /** Design PMSM-11K-4P takes magnets of part P-38UH (SPEC-38UH); LOT-1 and LOT-2 are of it, LOT-42 is not. */
    private final Map<String, String> lotParts = new HashMap<>(Map.of("LOT-1", "P-38UH", "LOT-2", "P-38UH",
            "LOT-42", "P-42SH"));
    private final RunDeclarations declarations = new RunDeclarations() {
        @Override
        public Optional<Design> design(String designId) {
            return designId.equals("PMSM-11K-4P") ? Optional.of(new Design(designId, "SPEC-38UH", "P-38UH"))
                    : Optional.empty();
        }

        @Override
        public Optional<String> partOfLot(String lotId) {
            return Optional.ofNullable(lotParts.get(lotId));
        }
    };

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MotorTestRun.class);
        fixture.registerCommandTargetResolver(new FirstComponentTargetResolver());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(declarations);
    }

    private static StartMotorTestRun start(String design, List<String> lots) {
        return new StartMotorTestRun("RUN-1", "RIG-7", "SN-1", design, 11.0, 4, 50.0, ThermalClass.F, 132,
                Mounting.RIGID, VibrationGrade.A, lots, "IE3", 1.0, STARTED);
    }

    private static StartMotorTestRun start(List<String> lots) {
        return start("PMSM-11K-4P", lots);
    }

    private static MotorTestRunStarted started() {
        return new MotorTestRunStarted("RUN-1", "RIG-7", "SN-1", "PMSM-11K-4P", 11.0, 4, 50.0, ThermalClass.F, 132,
                Mounting.RIGID, VibrationGrade.A, LOTS, "IE3", 1.0, STARTED);
    }

    private static RecordOperatingPointResult result(String pointId) {
        return new RecordOperatingPointResult("RUN-1", pointId, OperatingPointKind.LOAD, 600, 1500.0, 70.0, 10995.6,
                11800.0, 93.2, null, 86.5, 0.9, null, "IE3", VERDICTS, NOW);
    }

    private static MotorPerformanceRecorded recorded(String pointId) {
        return new MotorPerformanceRecorded("RUN-1", "SN-1", "PMSM-11K-4P", "RIG-7", LOTS, pointId,
                OperatingPointKind.LOAD, 600, 1500.0, 70.0, 10995.6, 11800.0, 93.2, null, 86.5, 0.9, null, "IE3",
                VERDICTS, NOW);
    }

    @Test
    void aRunStartsWithItsMotorLotsAndRequirements() {
        fixture.givenNoPriorActivity()
                .when(start(LOTS))
                .expectEvents(started());
    }

    @Test
    void aRunOfAnUndefinedDesignIsRefused() {
        fixture.givenNoPriorActivity()
                .when(start("PMSM-NEVER-DEFINED", LOTS))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("motor design 'PMSM-NEVER-DEFINED' is not defined"));
    }

    @Test
    void aRunWithALotNeverReceivedIsRefused() {
        fixture.givenNoPriorActivity()
                .when(start("PMSM-11K-4P", List.of("LOT-1", "LOT-NOWHERE")))
                .expectNoEvents()
                .expectExceptionMessage(containsString("installed lot 'LOT-NOWHERE' has not been received"));
    }

    @Test
    void aRunWithALotOfAnotherPartIsRefused() {
        // the case: a run of the 38UH design declared with a 42SH lot joined the Ke-Br regression
        fixture.givenNoPriorActivity()
                .when(start("PMSM-11K-4P", List.of("LOT-1", "LOT-42")))
                .expectNoEvents()
                .expectExceptionMessage(containsString("installed lot 'LOT-42' is part P-42SH, but design PMSM-11K-4P"
                        + " takes magnets of part P-38UH"));
    }

    @Test
    void aRunWithoutInstalledLotsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(start(List.of()))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aPointResultIsRecordedWithTheMotorAndItsLots() {
        fixture.given(started())
                .when(result("P1"))
                .expectEvents(recorded("P1"));
    }

    @Test
    void theSamePointSentAgainIsRecordedOnce() {
        fixture.given(started(), recorded("P1"))
                .when(result("P1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aResultWithoutSamplesIsRefused() {
        fixture.given(started())
                .when(new RecordOperatingPointResult("RUN-1", "P1", OperatingPointKind.LOAD, 0, 0, 0, 0, null, null,
                        null, null, null, null, null, List.of(), NOW))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void completionCountsTheRecordedPoints() {
        fixture.given(started(), recorded("P1"), recorded("P2"))
                .when(new CompleteMotorTestRun("RUN-1", NOW))
                .expectEvents(new MotorRunCompleted("RUN-1", "SN-1", "PMSM-11K-4P", LOTS, 2, NOW));
    }

    @Test
    void completingTwiceChangesNothing() {
        fixture.given(started(), recorded("P1"), new MotorRunCompleted("RUN-1", "SN-1", "PMSM-11K-4P", LOTS, 1, NOW))
                .when(new CompleteMotorTestRun("RUN-1", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNewPointAfterCompletionIsRefused() {
        fixture.given(started(), new MotorRunCompleted("RUN-1", "SN-1", "PMSM-11K-4P", LOTS, 0, NOW))
                .when(result("P9"))
                .expectException(Matchers.<RuleViolation>predicate(
                        e -> "run-completed".equals(e.rule())));
    }
}
