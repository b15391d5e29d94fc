package org.specloop.command.change;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.AttachLotToChange;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.change.RejectEngineeringChange;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.source.Tier;

import java.util.List;

import static org.specloop.command.change.ChangeHistory.*;
import static org.specloop.command.specification.Violations.violation;

class EngineeringChangeFlowTest {
    private final FixtureConfiguration<EngineeringChange> fixture = fixture();

    @Test
    void raisingAChangeRecordsWhoAndWhen() {
        fixture.givenNoPriorActivity()
                .when(new RaiseEngineeringChange(CHANGE, ChangeTrigger.SOURCE_CHANGE, "Separator swap", "SEP-1 replaced by SEP-2",
                        "SPEC-MAG-4711_42SH", List.of(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-2")), List.of("LOT-1"), RAISER))
                .expectEvents(new EngineeringChangeRaised(CHANGE, ChangeTrigger.SOURCE_CHANGE, "Separator swap",
                        "SEP-1 replaced by SEP-2", "SPEC-MAG-4711_42SH", List.of(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-2")),
                        List.of("LOT-1"), RAISER, NOW));
    }

    @Test
    void aChangeNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(new RaiseEngineeringChange(CHANGE, ChangeTrigger.MANUAL, " ", null, null, null, null, "alice"))
                .expectException(violation("required-field"))
                .expectExceptionMessage("title is required");
    }

    @Test
    void aDescriptionLongerThanTheReadModelKeepsIsRefusedWhoeverSendsIt() {
        fixture.givenNoPriorActivity()
                .when(new RaiseEngineeringChange(CHANGE, ChangeTrigger.DRIFT, "Drift", "d".repeat(100_001), null, null, null,
                        "loop:spc"))
                .expectException(violation("text-too-long"))
                .expectExceptionMessage("description has 100001 characters; at most 100000 are accepted");
    }

    @Test
    void aChangeNeedsATrigger() {
        fixture.givenNoPriorActivity()
                .when(new RaiseEngineeringChange(CHANGE, null, "Swap", null, null, null, null, "alice"))
                .expectException(violation("required-field"))
                .expectExceptionMessage("trigger is required");
    }

    @Test
    void aRaisedChangeCanBePlanned() {
        fixture.given(raised())
                .when(new PlanEngineeringChange(CHANGE, PLAN, DUE, "alice"))
                .expectEvents(new EngineeringChangePlanned(CHANGE, PLAN, DUE, "alice"));
    }

    @Test
    void aPlanWithoutItemsIsRefused() {
        fixture.given(raised())
                .when(new PlanEngineeringChange(CHANGE, List.of(), DUE, "alice"))
                .expectException(violation("empty-plan"));
    }

    @Test
    void aPlanItemMustRequireEvidence() {
        fixture.given(raised())
                .when(new PlanEngineeringChange(CHANGE, List.of(new PlanItem("fai", "FAI", "measurement", 0)), DUE, "alice"))
                .expectException(violation("invalid-plan-item"));
    }

    @Test
    void planItemIdsMustBeUnique() {
        fixture.given(raised())
                .when(new PlanEngineeringChange(CHANGE, List.of(new PlanItem("fai", "FAI", "measurement", 1),
                        new PlanItem("fai", "FAI again", "measurement", 1)), DUE, "alice"))
                .expectException(violation("invalid-plan-item"))
                .expectExceptionMessage("plan item 'fai' appears twice");
    }

    @Test
    void aPlannedChangeCannotBePlannedAgain() {
        fixture.given(raised(), planned())
                .when(new PlanEngineeringChange(CHANGE, PLAN, DUE, "alice"))
                .expectException(violation("change-not-raised"));
    }

    @Test
    void aRaisedChangeCanBeRejected() {
        fixture.given(raised())
                .when(new RejectEngineeringChange(CHANGE, "bob", "declared by mistake"))
                .expectEvents(new EngineeringChangeRejected(CHANGE, "bob", "declared by mistake", NOW));
    }

    @Test
    void aPlannedChangeCanBeRejected() {
        fixture.given(raised(), planned())
                .when(new RejectEngineeringChange(CHANGE, "bob", "source withdrawn"))
                .expectEvents(new EngineeringChangeRejected(CHANGE, "bob", "source withdrawn", NOW));
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(raised())
                .when(new RejectEngineeringChange(CHANGE, "bob", ""))
                .expectException(violation("reason-required"));
    }

    @Test
    void aRejectedChangeCannotBeRejectedAgain() {
        fixture.given(raised(), new EngineeringChangeRejected(CHANGE, "bob", "no", EARLIER))
                .when(new RejectEngineeringChange(CHANGE, "carol", "still no"))
                .expectException(violation("change-decided"));
    }

    @Test
    void aLotCanBeAttachedToAnOpenChange() {
        fixture.given(raised())
                .when(new AttachLotToChange(CHANGE, "LOT-2"))
                .expectEvents(new LotAttachedToChange(CHANGE, "LOT-2"));
    }

    @Test
    void attachingALotTwiceDoesNothing() {
        fixture.given(raised(), new LotAttachedToChange(CHANGE, "LOT-2"))
                .when(new AttachLotToChange(CHANGE, "LOT-2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aLotNamedWhenRaisingIsAlreadyAttached() {
        fixture.given(raised())
                .when(new AttachLotToChange(CHANGE, "LOT-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void noLotJoinsADecidedChange() {
        fixture.given(raised(), new EngineeringChangeRejected(CHANGE, "bob", "no", EARLIER))
                .when(new AttachLotToChange(CHANGE, "LOT-3"))
                .expectException(violation("change-decided"));
    }
}
