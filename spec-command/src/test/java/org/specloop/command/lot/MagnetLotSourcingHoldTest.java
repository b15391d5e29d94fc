package org.specloop.command.lot;

import static org.specloop.command.lot.LotTestData.*;

import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.HoldLotForSourcing;
import org.specloop.contracts.lot.LiftSourcingHold;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.SampleValue;
import org.specloop.contracts.lot.Verdict;

class MagnetLotSourcingHoldTest {
    private static final String ACTOR = "system:sourcing-check";
    private static final String CHANGED = "declared chain differs at ALLOY_MAKER: ALLOY-A -> ALLOY-B; engineering change EC-SRC-LOT-1";
    private static final String QUALIFIED = "declared chain is qualified after EC-SRC-LOT-1";
    private static final LotHeld SOURCE_HOLD = new LotHeld(LOT, HoldCategory.SOURCE_CHANGE, CHANGED, ACTOR, NOW);
    private static final LotConformanceEvaluated PASSED = new LotConformanceEvaluated(LOT, SPEC, 1, List.of(
            new CharacteristicResult(HCJ_MIN, List.of(new SampleValue("S1", 1600.0)), 1600.0, 1600.0, 1600.0, Verdict.PASS)),
            Verdict.PASS, "measurement-recorded", NOW);

    private final FixtureConfiguration<MagnetLot> fixture = fixture();

    @Test
    void aChangedChainHoldsTheLotForSourceChange() {
        fixture.given(received())
                .when(new HoldLotForSourcing(LOT, HoldCategory.SOURCE_CHANGE, CHANGED, ACTOR))
                .expectEvents(SOURCE_HOLD);
    }

    @Test
    void holdingAgainForTheSameCategoryIsNoNews() {
        fixture.given(received(), SOURCE_HOLD)
                .when(new HoldLotForSourcing(LOT, HoldCategory.SOURCE_CHANGE, CHANGED, ACTOR))
                .expectNoEvents();
    }

    @Test
    void aSourcingHoldIsOnlyForSourcingCategories() {
        fixture.given(received())
                .when(new HoldLotForSourcing(LOT, HoldCategory.MANUAL, "x", ACTOR))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aRejectedLotIsNotHeldAgain() {
        fixture.given(received(), new LotRejected(LOT, "cracked", "qe.anna", NOW))
                .when(new HoldLotForSourcing(LOT, HoldCategory.SOURCING_RULE, "DFARS", ACTOR))
                .expectNoEvents();
    }

    @Test
    void liftingTheLastHoldOfAConformingLotReleasesIt() {
        fixture.given(received(), PASSED, SOURCE_HOLD)
                .when(new LiftSourcingHold(LOT, HoldCategory.SOURCE_CHANGE, QUALIFIED, ACTOR))
                .expectEvents(new LotHoldLifted(LOT, HoldCategory.SOURCE_CHANGE, QUALIFIED, ACTOR),
                        new LotReleased(LOT, QUALIFIED, ACTOR, NOW));
    }

    @Test
    void liftingTheHoldOfALotNotYetEvaluatedDoesNotReleaseIt() {
        fixture.given(received(), SOURCE_HOLD)
                .when(new LiftSourcingHold(LOT, HoldCategory.SOURCE_CHANGE, QUALIFIED, ACTOR))
                .expectEvents(new LotHoldLifted(LOT, HoldCategory.SOURCE_CHANGE, QUALIFIED, ACTOR));
    }

    @Test
    void liftingOneHoldLeavesTheOtherInPlace() {
        fixture.given(received(), PASSED, SOURCE_HOLD,
                        new LotHeld(LOT, HoldCategory.SOURCING_RULE, "DFARS 252.225-7052(b)(2)", ACTOR, NOW))
                .when(new LiftSourcingHold(LOT, HoldCategory.SOURCE_CHANGE, QUALIFIED, ACTOR))
                .expectEvents(new LotHoldLifted(LOT, HoldCategory.SOURCE_CHANGE, QUALIFIED, ACTOR));
    }

    @Test
    void liftingAHoldThatIsNotThereIsNoNews() {
        fixture.given(received(), PASSED)
                .when(new LiftSourcingHold(LOT, HoldCategory.SOURCE_CHANGE, QUALIFIED, ACTOR))
                .expectNoEvents();
    }

    @Test
    void aPassingEvaluationDoesNotReleaseALotHeldForSourceChange() {
        fixture.given(received(), SOURCE_HOLD)
                .when(new org.specloop.contracts.lot.EvaluateLotConformance(LOT, SPEC, 1, LIMITS, "measurement-recorded"))
                .expectEvents(new LotConformanceEvaluated(LOT, SPEC, 1, List.of(new CharacteristicResult(HCJ_MIN, List.of(),
                        null, null, null, Verdict.NOT_MEASURED)), Verdict.NOT_MEASURED, "measurement-recorded", NOW));
    }
}
