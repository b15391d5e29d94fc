package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.specloop.command.axon.RequalificationTemplateFiles;
import org.specloop.command.sourcing.RequalificationPlanner;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.source.Tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RequalificationPolicyTest {
    static final String CHANGE = "EC-SRC-LOT-2";
    static final Instant RAISED_AT = Instant.parse("2026-03-01T10:00:00Z");

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final RequalificationPolicy policy = new RequalificationPolicy(gateway,
            new RequalificationPlanner(RequalificationTemplateFiles.defaults()),
            (WorkingTemperatures) spec -> "SPEC-42SH".equals(spec) ? Optional.of(150.0) : Optional.empty());

    static EngineeringChangeRaised raised(ChangeTrigger trigger) {
        return new EngineeringChangeRaised(CHANGE, trigger, "Source change", null, "SPEC-42SH",
                List.of(new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-A", "ALLOY-B")), List.of("LOT-2"), "system:sourcing-check", RAISED_AT);
    }

    @Test
    void aSourceChangeIsPlannedFromTheTemplateOfTheChangedTier() {
        when(gateway.send(any())).thenReturn(CompletableFuture.completedFuture(null));

        policy.on(raised(ChangeTrigger.SOURCE_CHANGE));

        verify(gateway).send(new PlanEngineeringChange(CHANGE, List.of(
                new PlanItem("ALLOY-COMPOSITION", "Alloy composition certificate (Nd/Pr, Dy/Tb, B, Co, Cu, Ga, O)", "CERTIFICATE", 1),
                new PlanItem("FAI-20C", "First-article measurements at 20 degC, every spec characteristic", "MEASUREMENT@20degC", 5),
                new PlanItem("FAI-MAX", "First-article measurements at 150 degC (maximum working temperature), every spec characteristic",
                        "MEASUREMENT@150degC", 5)),
                LocalDate.of(2026, 4, 30), RequalificationPolicy.ACTOR, RequalificationRecords.defaults()));
    }

    @Test
    void otherChangesAreNotPlannedHere() {
        policy.on(raised(ChangeTrigger.DRIFT));
        policy.on(raised(ChangeTrigger.MANUAL));

        verify(gateway, never()).send(any());
    }

    @Test
    void aReplayedRaiseSendsNoPlanAgain() {
        GlobalSequenceTrackingToken position = new GlobalSequenceTrackingToken(1);
        var replayed = new GenericTrackedEventMessage<>(ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(5), position),
                GenericEventMessage.asEventMessage(raised(ChangeTrigger.SOURCE_CHANGE)));

        DefaultUnitOfWork.startAndGet(replayed).execute(() -> policy.on(raised(ChangeTrigger.SOURCE_CHANGE)));

        verify(gateway, never()).send(any());
    }
}
