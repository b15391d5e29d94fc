package org.specloop.command.lot;

import static org.specloop.command.lot.LotTestData.*;

import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.EvaluateLotConformance;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.SampleValue;
import org.specloop.contracts.lot.Verdict;

class MagnetLotConformanceTest {
    private static final String ACTOR = MagnetLot.CONFORMANCE_ACTOR;
    private FixtureConfiguration<MagnetLot> fixture;

    @BeforeEach
    void setUp() {
        fixture = LotTestData.fixture();
    }

    private static EvaluateLotConformance evaluate(int revision) {
        return new EvaluateLotConformance(LOT, SPEC, revision, LIMITS, "measurement-recorded");
    }

    private static LotConformanceEvaluated evaluated(int revision, CharacteristicResult result) {
        return new LotConformanceEvaluated(LOT, SPEC, revision, List.of(result), result.verdict(),
                "measurement-recorded", NOW);
    }

    private static final CharacteristicResult FAILED = new CharacteristicResult(HCJ_MIN,
            List.of(new SampleValue("S1", 1600.0), new SampleValue("S2", 1498.2)), 1498.2, 1600.0, 1549.1, Verdict.FAIL);
    private static final CharacteristicResult PASSED = new CharacteristicResult(HCJ_MIN,
            List.of(new SampleValue("S1", 1600.0), new SampleValue("S2", 1620.0)), 1600.0, 1620.0, 1610.0, Verdict.PASS);
    private static final CharacteristicResult UNMEASURED = new CharacteristicResult(HCJ_MIN, List.of(), null, null,
            null, Verdict.NOT_MEASURED);
    private static final LotHeld NONCONFORMANCE_HOLD = new LotHeld(LOT, HoldCategory.NONCONFORMANCE,
            "HcJ at 20 degC: min 1498.2 kA/m below 1592 kA/m (1 of 2 samples)", ACTOR, NOW);

    @Test
    void aFailingLotIsHeldForNonconformanceNamingWhatFailed() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), hcjMeasured("M-2", "S2", 1498.2))
                .when(evaluate(1))
                .expectEvents(evaluated(1, FAILED), NONCONFORMANCE_HOLD);
    }

    @Test
    void aConformingLotIsReleased() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), hcjMeasured("M-2", "S2", 1620.0))
                .when(evaluate(1))
                .expectEvents(evaluated(1, PASSED), new LotReleased(LOT, "conforms to SPEC-42SH revision 1", ACTOR, NOW));
    }

    @Test
    void anUnmeasuredLotKeepsItsDisposition() {
        fixture.given(received())
                .when(evaluate(1))
                .expectEvents(evaluated(1, UNMEASURED));
    }

    @Test
    void aRetestThatPassesLiftsTheNonconformanceHoldAndReleases() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), hcjMeasured("M-2", "S2", 1498.2),
                        evaluated(1, FAILED), NONCONFORMANCE_HOLD, hcjMeasured("M-3", "S2", 1620.0))
                .when(evaluate(1))
                .expectEvents(evaluated(1, PASSED),
                        new LotHoldLifted(LOT, HoldCategory.NONCONFORMANCE, "conforms to SPEC-42SH revision 1", ACTOR),
                        new LotReleased(LOT, "conforms to SPEC-42SH revision 1", ACTOR, NOW));
    }

    @Test
    void conformanceDoesNotReleaseALotThatIsAlsoHeldManually() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), hcjMeasured("M-2", "S2", 1498.2),
                        evaluated(1, FAILED), NONCONFORMANCE_HOLD,
                        new LotHeld(LOT, HoldCategory.MANUAL, "customer complaint", "qe.anna", NOW),
                        hcjMeasured("M-3", "S2", 1620.0))
                .when(evaluate(1))
                .expectEvents(evaluated(1, PASSED),
                        new LotHoldLifted(LOT, HoldCategory.NONCONFORMANCE, "conforms to SPEC-42SH revision 1", ACTOR));
    }

    @Test
    void theSameEvaluationTwiceEmitsNothing() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), hcjMeasured("M-2", "S2", 1498.2),
                        evaluated(1, FAILED), NONCONFORMANCE_HOLD)
                .when(evaluate(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNewRevisionWithTheSameResultIsRecordedWithoutRepeatingTheDisposition() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), hcjMeasured("M-2", "S2", 1498.2),
                        evaluated(1, FAILED), NONCONFORMANCE_HOLD)
                .when(evaluate(2))
                .expectEvents(evaluated(2, FAILED));
    }

    @Test
    void aReleasedLotPassingANewRevisionIsNotReleasedAgain() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), hcjMeasured("M-2", "S2", 1620.0),
                        evaluated(1, PASSED), new LotReleased(LOT, "conforms to SPEC-42SH revision 1", ACTOR, NOW))
                .when(evaluate(2))
                .expectEvents(evaluated(2, PASSED));
    }

    @Test
    void aReleasedLotFailingANewMeasurementIsHeldAgain() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), hcjMeasured("M-2", "S2", 1620.0),
                        evaluated(1, PASSED), new LotReleased(LOT, "conforms to SPEC-42SH revision 1", ACTOR, NOW),
                        hcjMeasured("M-3", "S2", 1498.2))
                .when(evaluate(1))
                .expectEvents(evaluated(1, FAILED), NONCONFORMANCE_HOLD);
    }

    @Test
    void aRejectedLotIsNeverEvaluated() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1600.0), new LotRejected(LOT, "cracked", "qe.anna", NOW))
                .when(evaluate(2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
