package org.specloop.loop.policy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeClosed;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motordesign.MotorDesignDefined;
import org.specloop.contracts.motordesign.MotorDesignRequirementsRevised;
import org.specloop.contracts.source.Tier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The loop's inputs: lot receipts and measurements, motor results, motor designs, engineering
 * changes. Each event is first written to the fact tables, then the affected drift charts and
 * specs are looked at again (for measurements once per batch, DeferredChecks); the group runs in one segment,
 * so facts and decisions see live events in the order they were stored, and a parked event holds back only its
 * own aggregate's (LoopSequencing). Spec revisions arrive in SpecEventHandler.
 * <p>
 * Replay-safe: replayed events (LoopReplay) rebuild the fact tables, which the reset empties, and decide
 * nothing. The loop's records of its own decisions (loop_drift, loop_proposal, loop_proposal_limit,
 * loop_proposal_state) stay through a reset: they hold what it computed when it decided (chart positions,
 * the evidence of a proposal), which no event carries in full, and they keep it from deciding the same
 * again; a missing drift record is restored from its change's evidence (ChangeTable.driftRaised).
 * Live events after the reset position are decided on as before (docs/replay.md).
 */
@Component
@ProcessingGroup(LoopEventHandler.PROCESSING_GROUP)
class LoopEventHandler {
    public static final String PROCESSING_GROUP = "loop-feedback";
    private final LotTable lots;
    private final MotorTable motors;
    private final SpecTable specs;
    private final ChangeTable changes;
    private final DriftPolicy drift;
    private final ProposalPolicy proposals;
    private final DeferredChecks checks;
    private final StorePositions positions;

    public LoopEventHandler(LotTable lots, MotorTable motors, SpecTable specs, ChangeTable changes, DriftPolicy drift,
                            ProposalPolicy proposals, DeferredChecks checks, StorePositions positions) {
        this.lots = lots;
        this.motors = motors;
        this.specs = specs;
        this.changes = changes;
        this.drift = drift;
        this.proposals = proposals;
        this.checks = checks;
        this.positions = positions;
    }

    @ResetHandler
    void reset() {
        lots.clear();
        motors.clear();
        specs.clear();
        changes.clear();
    }

    @EventHandler
    void on(MagnetLotReceived event, @MessageIdentifier String eventId) {
        // SPC watches the magnet maker; a chain without one is charted under the supplier
        String source = event.declaredChain() == null ? event.supplierId()
                : event.declaredChain().at(Tier.MAGNET_MAKER).map(ChainLink::sourceId).orElse(event.supplierId());
        lots.received(event.lotId(), event.partNumber(), source, event.receivedAt(), positions.of(eventId));
        drift.lotReceived(event.lotId(), source);
    }

    @EventHandler
    void on(MeasurementRecorded event) {
        Optional<LotTable.Lot> lot = lots.lot(event.lotId());
        if (lot.isEmpty()) {
            return;
        }
        for (PropertyValue v : event.values()) {
            lots.sample(event.lotId(), event.sampleId(), v.characteristic(), event.testTemperatureC(), v.value(), event.measuredAt());
        }
        if (ControlCharts.charted(event.testTemperatureC())) {
            event.values().forEach(v -> checks.chartChanged(lot.get().sourceId(), lot.get().partNumber(), v.characteristic()));
        }
        checks.lotMeasured(event.lotId());
    }

    @EventHandler
    void on(MotorPerformanceRecorded event) {
        motors.record(event);
        specs.design(event.motorDesign()).ifPresent(d -> checks.specChanged(d.requirements().specificationId()));
    }

    @EventHandler
    void on(MotorDesignDefined event) {
        specs.design(event.designId(), event.name(), event.version(), event.requirements());
        proposals.reconsider(event.requirements().specificationId());
    }

    @EventHandler
    void on(MotorDesignRequirementsRevised event) {
        String before = specs.design(event.designId()).map(d -> d.requirements().specificationId()).orElse(null);
        specs.design(event.designId(), null, event.version(), event.requirements());
        if (before != null && !before.equals(event.requirements().specificationId())) {
            proposals.reconsider(before);
        }
        proposals.reconsider(event.requirements().specificationId());
    }

    @EventHandler
    void on(EngineeringChangeRaised event) {
        Set<String> sources = new LinkedHashSet<>();
        for (SourceSwap swap : event.sourceChanges()) {
            if (swap.previousSourceId() != null) {
                sources.add(swap.previousSourceId());
            }
            sources.add(swap.newSourceId());
        }
        changes.raised(event.changeId(), event.trigger(), sources, event.affectedLots());
        if (event.trigger() == ChangeTrigger.DRIFT && event.drift() != null && LoopActors.SPC.equals(event.raisedBy())) {
            changes.driftRaised(event.changeId(), event.drift(), event.raisedAt());
        }
    }

    @EventHandler
    void on(LotAttachedToChange event) {
        changes.lotAttached(event.changeId(), event.lotId());
    }

    @EventHandler
    void on(EngineeringChangeApproved event, @MessageIdentifier String eventId) {
        changes.approved(event.changeId(), positions.of(eventId));
    }

    @EventHandler
    void on(EngineeringChangeRejected event, @MessageIdentifier String eventId) {
        changes.ended(event.changeId(), true, positions.of(eventId));
    }

    @EventHandler
    void on(EngineeringChangeClosed event, @MessageIdentifier String eventId) {
        changes.ended(event.changeId(), false, positions.of(eventId));
    }
}
