package org.specloop.command.lot;

import static org.specloop.command.lot.LotTestData.*;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.HoldCategory;
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
    private static final LotRejected REJECTED = new LotRejected(LOT, "cracked", QE, NOW);
    private FixtureConfiguration<MagnetLot> fixture;

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
    void releasingLiftsTheManualHoldAndReleasesTheLot() {
        fixture.given(received(), MANUAL_HOLD)
                .when(new ReleaseLot(LOT, "complaint closed", QE))
                .expectEvents(new LotHoldLifted(LOT, HoldCategory.MANUAL, "complaint closed", QE),
                        new LotReleased(LOT, "complaint closed", QE, NOW));
    }

    @Test
    void releasingLiftsOnlyTheManualHoldWhileANonconformanceRemains() {
        fixture.given(received(), NONCONFORMANCE_HOLD, MANUAL_HOLD)
                .when(new ReleaseLot(LOT, "complaint closed", QE))
                .expectEvents(new LotHoldLifted(LOT, HoldCategory.MANUAL, "complaint closed", QE));
    }

    @Test
    void aManualReleaseCannotOverrideANonconformanceHold() {
        fixture.given(received(), NONCONFORMANCE_HOLD)
                .when(new ReleaseLot(LOT, "we need the parts", QE))
                .expectException(violates("lot-held"))
                .expectNoEvents();
    }

    @Test
    void aLotThatNothingHoldsCanBeReleasedByAQualityEngineer() {
        fixture.given(received())
                .when(new ReleaseLot(LOT, "no spec for this part yet; released on certificate", QE))
                .expectEvents(new LotReleased(LOT, "no spec for this part yet; released on certificate", QE, NOW));
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
        fixture.given(received(), MANUAL_HOLD)
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
