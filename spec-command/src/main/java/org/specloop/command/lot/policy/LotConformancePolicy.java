package org.specloop.command.lot.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
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
 *
 * <p>Replay-safe: during a replay (events before the position the group was reset at) the handlers only
 * rebuild the policy's own tables and send no command, since the evaluations those events caused are already
 * events in the store; {@link #reset()} empties the tables first. Events after the reset position are live
 * again and evaluate as usual. So the group may be replayed (docs/replay.md) to rebuild its tables.
 */
@Component
@ProcessingGroup(LotConformancePolicy.PROCESSING_GROUP)
class LotConformancePolicy {
    public static final String PROCESSING_GROUP = "lot-conformance";
    public static final String TRIGGER_LOT_RECEIVED = "lot-received";
    public static final String TRIGGER_MEASUREMENT = "measurement-recorded";
    public static final String TRIGGER_REVISION_EFFECTIVE = "revision-effective";

    private final PartRevisionTable revisions;
    private final PartLotTable lots;
    private final CommandGateway commands;
    private final Reevaluations reevaluations;

    LotConformancePolicy(PartRevisionTable revisions, PartLotTable lots, CommandGateway commands, Reevaluations reevaluations) {
        this.revisions = revisions;
        this.lots = lots;
        this.commands = commands;
        this.reevaluations = reevaluations;
    }

    @EventHandler
    void on(RevisionBecameEffective event, ReplayStatus replay) {
        PartRevision revision = new PartRevision(event.specificationId(), event.revision(),
                event.content().characteristics());
        revisions.put(event.partNumber(), revision);
        if (replay.isReplay()) {
            return;
        }
        reevaluations.sendAll(lots.openLotsOf(event.partNumber()).stream()
                .map(lotId -> command(lotId, revision, TRIGGER_REVISION_EFFECTIVE)).toList());
    }

    @EventHandler
    void on(MagnetLotReceived event, ReplayStatus replay) {
        lots.received(event.lotId(), event.partNumber());
        if (replay.isReplay()) {
            return;
        }
        revisions.of(event.partNumber()).ifPresent(r -> evaluate(event.lotId(), r, TRIGGER_LOT_RECEIVED));
    }

    /**
     * A batch of measurements is evaluated once, on its last event, not once per measurement; and a lot measured
     * again later in the processor's batch is evaluated on that later measurement ({@link LaterMeasurements}).
     */
    @EventHandler
    void on(MeasurementRecorded event, MetaData metaData, ReplayStatus replay) {
        if (replay.isReplay() || "true".equals(String.valueOf(metaData.get(MagnetLot.BATCH_CONTINUES)))
                || LaterMeasurements.follow(event)) {
            return;
        }
        revisions.of(event.partNumber()).ifPresent(r -> evaluate(event.lotId(), r, TRIGGER_MEASUREMENT));
    }

    @EventHandler
    void on(LotRejected event) {
        lots.rejected(event.lotId());
    }

    /** Before a replay, in the transaction that resets the group's tokens: the tables are rebuilt from the events. */
    @ResetHandler
    void reset() {
        revisions.clear();
        lots.clear();
    }

    private void evaluate(String lotId, PartRevision revision, String trigger) {
        commands.sendAndWait(command(lotId, revision, trigger));
    }

    private static EvaluateLotConformance command(String lotId, PartRevision revision, String trigger) {
        return new EvaluateLotConformance(lotId, revision.specificationId(), revision.revision(), revision.limits(), trigger);
    }
}
