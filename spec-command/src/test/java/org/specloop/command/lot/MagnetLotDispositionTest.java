package org.specloop.command.lot;

import static org.specloop.command.lot.LotTestData.*;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.specloop.command.kernel.Required;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.lot.HoldLot;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.RejectLot;
import org.specloop.contracts.lot.ReleaseLot;

class MagnetLotDispositionTest {
    private static final String QE = "qe.anna";
    private static final LotHeld MANUAL_HOLD = new LotHeld(LOT, HoldCategory.MANUAL, "customer complaint", QE, NOW);
    private static final LotHeld NONCONFORMANCE_HOLD = new LotHeld(LOT, HoldCategory.NONCONFORMANCE, "HcJ low",
            MagnetLot.CONFORMANCE_ACTOR, NOW);
    static final LotConformanceEvaluated FAILED = evaluated(Verdict.FAIL);
    static final LotConformanceEvaluated PASSED = evaluated(Verdict.PASS);
    static final LotConformanceEvaluated UNMEASURED = evaluated(Verdict.NOT_MEASURED);
    private static final LotRejected REJECTED = new LotRejected(LOT, "cracked", QE, NOW);
    private FixtureConfiguration<MagnetLot> fixture;

    /** The verdict is what the lot's rules read; the results behind it do not matter here. */
    static LotConformanceEvaluated evaluated(Verdict verdict) {
        return new LotConformanceEvaluated(LOT, SPEC, 1, List.of(), verdict, "measurement-recorded", NOW);
    }

    @BeforeEach
    void setUp() {
        fixture = LotTestData.fixture();
    }

    @Test
    void aQualityEngineerHoldsALot() {
        fixture.given(received())
                .when(new HoldLot(LOT, "customer complaint", QE))
                .expectEvents(MANUAL_HOLD);
    }

    @Test
    void aHoldKeepsThePublicReasonApartFromTheInternalOne() {
        fixture.given(received())
                .when(new HoldLot(LOT, "customer complaint", QE, "Held for quality review of a complaint"))
                .expectEvents(new LotHeld(LOT, HoldCategory.MANUAL, "customer complaint", QE, NOW,
                        "Held for quality review of a complaint"));
    }

    @Test
    void aPublicReasonLongerThanAReasonIsRefused() {
        fixture.given(received())
                .when(new HoldLot(LOT, "customer complaint", QE, "p".repeat(4001)))
                .expectException(violates(Required.TOO_LONG));
    }

    @Test
    void holdingALotThatIsAlreadyHeldManuallyChangesNothing() {
        fixture.given(received(), MANUAL_HOLD)
                .when(new HoldLot(LOT, "again", QE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aHoldNeedsAReason() {
        fixture.given(received())
                .when(new HoldLot(LOT, "", QE))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("reason is required");
    }

    @Test
    void aRejectedLotCannotBeHeld() {
        fixture.given(received(), REJECTED)
                .when(new HoldLot(LOT, "customer complaint", QE))
                .expectException(violates("lot-rejected"));
    }

    @Test
    void releasingLiftsTheManualHoldOfAConformingLotAndReleasesIt() {
        fixture.given(received(), PASSED, new LotReleased(LOT, "conforms", MagnetLot.CONFORMANCE_ACTOR, NOW), MANUAL_HOLD)
                .when(new ReleaseLot(LOT, "complaint closed", QE))
                .expectEvents(new LotHoldLifted(LOT, HoldCategory.MANUAL, "complaint closed", QE),
                        new LotReleased(LOT, "complaint closed", QE, NOW));
    }

    @Test
    void aFailedLotCannotBeReleasedEvenToLiftAManualHold() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD, MANUAL_HOLD)
                .when(new ReleaseLot(LOT, "complaint closed", QE))
                .expectException(violates("lot-not-conforming"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("last evaluated FAIL against SPEC-42SH revision 1"))
                .expectNoEvents();
    }

    @Test
    void aManualReleaseCannotOverrideANonconformanceHold() {
        fixture.given(received(), FAILED, NONCONFORMANCE_HOLD)
                .when(new ReleaseLot(LOT, "we need the parts", QE))
                .expectException(violates("lot-not-conforming"))
                .expectNoEvents();
    }

    @Test
    void aLotThatWasNeverMeasuredCannotBeReleasedByOnePerson() {
        fixture.given(received())
                .when(new ReleaseLot(LOT, "no spec for this part yet; released on certificate", QE))
                .expectException(violates("lot-not-conforming"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("never evaluated"))
                .expectNoEvents();
    }

    @Test
    void aLotEvaluatedWithoutMeasurementsCannotBeReleasedByOnePerson() {
        fixture.given(received(), UNMEASURED)
                .when(new ReleaseLot(LOT, "certificate looks fine", QE))
                .expectException(violates("lot-not-conforming"))
                .expectNoEvents();
    }

    @Test
    void aConformingLotHeldForSourcingCannotBeReleasedManually() {
        fixture.given(received(), PASSED, new LotHeld(LOT, HoldCategory.SOURCE_CHANGE, "alloy maker changed", "system:sourcing", NOW))
                .when(new ReleaseLot(LOT, "we need the parts", QE))
                .expectException(violates("lot-held"))
                .expectNoEvents();
    }

    @Test
    void releasingAReleasedLotChangesNothing() {
        fixture.given(received(), new LotReleased(LOT, "conforms", MagnetLot.CONFORMANCE_ACTOR, NOW))
                .when(new ReleaseLot(LOT, "again", QE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReleaseNeedsAReason() {
        fixture.given(received(), PASSED, MANUAL_HOLD)
                .when(new ReleaseLot(LOT, null, QE))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aRejectedLotCannotBeReleased() {
        fixture.given(received(), REJECTED)
                .when(new ReleaseLot(LOT, "changed my mind", QE))
                .expectException(violates("lot-rejected"));
    }

    @Test
    void aQualityEngineerRejectsALot() {
        fixture.given(received(), NONCONFORMANCE_HOLD)
                .when(new RejectLot(LOT, "cracked", QE))
                .expectEvents(REJECTED);
    }

    @Test
    void rejectingARejectedLotAgainChangesNothing() {
        fixture.given(received(), REJECTED)
                .when(new RejectLot(LOT, "cracked", QE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(received())
                .when(new RejectLot(LOT, " ", QE))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("reason is required");
    }
}
