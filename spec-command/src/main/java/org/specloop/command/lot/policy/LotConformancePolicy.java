package org.specloop.command.lot.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.specloop.command.lot.MagnetLot;
import org.specloop.contracts.lot.EvaluateLotConformance;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.springframework.stereotype.Component;

/**
 * Whenever a lot's evidence or its part's effective revision changes, the lot is evaluated again.
 * Handlers only upsert and send commands the lot answers idempotently; still, a replay would re-evaluate
 * every lot in the store, so the group is not replayable (a new evaluation is a new event).
 */
@Component
// sends commands or notifications: a replay would repeat them (docs/replay.md)
@DisallowReplay
@ProcessingGroup(LotConformancePolicy.PROCESSING_GROUP)
class LotConformancePolicy {
    public static final String PROCESSING_GROUP = "lot-conformance";
    public static final String TRIGGER_LOT_RECEIVED = "lot-received";
    public static final String TRIGGER_MEASUREMENT = "measurement-recorded";
    public static final String TRIGGER_REVISION_EFFECTIVE = "revision-effective";

    private final PartRevisionTable revisions;
    private final PartLotTable lots;
    private final CommandGateway commands;

    LotConformancePolicy(PartRevisionTable revisions, PartLotTable lots, CommandGateway commands) {
        this.revisions = revisions;
        this.lots = lots;
        this.commands = commands;
    }

    @EventHandler
    void on(RevisionBecameEffective event) {
        PartRevision revision = new PartRevision(event.specificationId(), event.revision(),
                event.content().characteristics());
        revisions.put(event.partNumber(), revision);
        lots.openLotsOf(event.partNumber()).forEach(lotId -> evaluate(lotId, revision, TRIGGER_REVISION_EFFECTIVE));
    }

    @EventHandler
    void on(MagnetLotReceived event) {
        lots.received(event.lotId(), event.partNumber());
        revisions.of(event.partNumber()).ifPresent(r -> evaluate(event.lotId(), r, TRIGGER_LOT_RECEIVED));
    }

    /** A batch of measurements is evaluated once, on its last event, not once per measurement. */
    @EventHandler
    void on(MeasurementRecorded event, MetaData metaData) {
        if ("true".equals(String.valueOf(metaData.get(MagnetLot.BATCH_CONTINUES)))) {
            return;
        }
        revisions.of(event.partNumber()).ifPresent(r -> evaluate(event.lotId(), r, TRIGGER_MEASUREMENT));
    }

    @EventHandler
    void on(LotRejected event) {
        lots.rejected(event.lotId());
    }

    private void evaluate(String lotId, PartRevision revision, String trigger) {
        commands.sendAndWait(new EvaluateLotConformance(lotId, revision.specificationId(), revision.revision(),
                revision.limits(), trigger));
    }
}
