package org.specloop.command.sourcing.policy;

import org.specloop.command.axon.RequalificationTemplateFiles;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.command.sourcing.RequalificationPlanner;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.EscalateEngineeringChange;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.source.Tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

class RequalificationSagaTest {
    static final String CHANGE = "EC-SRC-LOT-2";
    static final Instant RAISED_AT = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 4, 30);
    static final Instant DEADLINE = Instant.parse("2026-05-01T00:00:00Z");
    static final List<PlanItem> ITEMS = List.of(new PlanItem("FAI-20C", "first articles", "MEASUREMENT@20degC", 5));
    private SagaTestFixture<RequalificationSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RequalificationSaga.class);
        fixture.registerResource(new RequalificationPlanner(RequalificationTemplateFiles.defaults()));
        fixture.registerResource((WorkingTemperatures) spec -> "SPEC-42SH".equals(spec) ? Optional.of(150.0) : Optional.empty());
        fixture.setCallbackBehavior((command, metaData) -> null);
    }

    static EngineeringChangeRaised raised(ChangeTrigger trigger) {
        return new EngineeringChangeRaised(CHANGE, trigger, "Source change", null, "SPEC-42SH",
                List.of(new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-A", "ALLOY-B")), List.of("LOT-2"), "system:sourcing-check", RAISED_AT);
    }

    static EngineeringChangePlanned planned() {
        return new EngineeringChangePlanned(CHANGE, ITEMS, DUE, RequalificationSaga.ACTOR);
    }

    @Test
    void aSourceChangeIsPlannedFromTheTemplateOfTheChangedTier() {
        fixture.givenNoPriorActivity()
                .whenAggregate(CHANGE).publishes(raised(ChangeTrigger.SOURCE_CHANGE))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new PlanEngineeringChange(CHANGE, List.of(
                        new PlanItem("ALLOY-COMPOSITION", "Alloy composition certificate (Nd/Pr, Dy/Tb, B, Co, Cu, Ga, O)", "CERTIFICATE", 1),
                        new PlanItem("FAI-20C", "First-article measurements at 20 degC, every spec characteristic", "MEASUREMENT@20degC", 5),
                        new PlanItem("FAI-MAX", "First-article measurements at 150 degC (maximum working temperature), every spec characteristic",
                                "MEASUREMENT@150degC", 5)),
                        LocalDate.of(2026, 4, 30), RequalificationSaga.ACTOR, RequalificationRecords.defaults()));
    }

    @Test
    void otherChangesAreNotPlannedHereButTheirDueDateIsWatched() {
        fixture.givenNoPriorActivity()
                .whenAggregate(CHANGE).publishes(raised(ChangeTrigger.DRIFT))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void aDriftChangePlannedByAPersonIsEscalatedWhenItsDueDatePassesUndecided() {
        fixture.givenAggregate(CHANGE).published(raised(ChangeTrigger.DRIFT), planned())
                .whenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectDispatchedCommands(new EscalateEngineeringChange(CHANGE, DUE,
                        "drift change due 2026-04-30: planned evidence incomplete and no decision", RequalificationSaga.ACTOR));
    }

    @Test
    void aManualChangeIsEscalatedInItsOwnWords() {
        fixture.givenAggregate(CHANGE).published(raised(ChangeTrigger.MANUAL), planned(),
                        new ChangeEvidenceCompleted(CHANGE, RAISED_AT))
                .whenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectDispatchedCommands(new EscalateEngineeringChange(CHANGE, DUE,
                        "manual change due 2026-04-30: evidence complete but no decision", RequalificationSaga.ACTOR));
    }

    @Test
    void aPlanSetsADeadlineAtTheEndOfItsDueDate() {
        fixture.givenAggregate(CHANGE).published(raised(ChangeTrigger.SOURCE_CHANGE))
                .whenAggregate(CHANGE).publishes(planned())
                .expectScheduledDeadlineWithName(DEADLINE, RequalificationSaga.DUE_DEADLINE);
    }

    @Test
    void aNewPlanMovesTheDeadline() {
        LocalDate later = DUE.plusDays(10);
        fixture.givenAggregate(CHANGE).published(raised(ChangeTrigger.SOURCE_CHANGE), planned())
                .whenAggregate(CHANGE).publishes(new EngineeringChangePlanned(CHANGE, ITEMS, later, "qe.alice"))
                .expectScheduledDeadlineWithName(later.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                        RequalificationSaga.DUE_DEADLINE)
                .expectNoScheduledDeadlineWithName(DEADLINE, RequalificationSaga.DUE_DEADLINE);
    }

    @Test
    void whenTheDueDatePassesUndecidedTheChangeIsEscalated() {
        fixture.givenAggregate(CHANGE).published(raised(ChangeTrigger.SOURCE_CHANGE), planned())
                .whenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(RequalificationSaga.DUE_DEADLINE)
                .expectDispatchedCommands(new EscalateEngineeringChange(CHANGE, DUE,
                        "requalification due 2026-04-30: planned evidence incomplete and no decision", RequalificationSaga.ACTOR));
    }

    @Test
    void theEscalationSaysWhenTheEvidenceIsCompleteButTheDecisionMissing() {
        fixture.givenAggregate(CHANGE).published(raised(ChangeTrigger.SOURCE_CHANGE), planned(),
                        new ChangeEvidenceCompleted(CHANGE, RAISED_AT))
                .whenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectDispatchedCommands(new EscalateEngineeringChange(CHANGE, DUE,
                        "requalification due 2026-04-30: evidence complete but no decision", RequalificationSaga.ACTOR));
    }

    @Test
    void approvalEndsTheSagaAndCancelsTheDeadline() {
        fixture.givenAggregate(CHANGE).published(raised(ChangeTrigger.SOURCE_CHANGE), planned())
                .whenAggregate(CHANGE).publishes(new EngineeringChangeApproved(CHANGE, "qe.bob", "ok", SignatureMeaning.APPROVED, RAISED_AT))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejectionEndsTheSagaAndCancelsTheDeadline() {
        fixture.givenAggregate(CHANGE).published(raised(ChangeTrigger.SOURCE_CHANGE), planned())
                .whenAggregate(CHANGE).publishes(new EngineeringChangeRejected(CHANGE, "qe.bob", "coercivity low", RAISED_AT))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
