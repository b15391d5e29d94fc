package org.specloop.notify.event;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.contracts.source.SourceCertificateExpired;
import org.specloop.contracts.source.SourceCertificateExpiring;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.notify.message.Notification;
import org.specloop.notify.outbox.OutboxWriter;
import org.specloop.readside.shared.Json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns domain events into outbox rows for the OEMs that subscribed. Its own processing group so
 * that its token, and therefore what has been queued, is independent of the read-model projections.
 * Events whose part cannot be determined are logged and queued for nobody: guessing could leak them.
 * <p>
 * Replay-safe: while the group replays (an event before the position it was reset at, Axon's replay
 * token) the handlers only rebuild the lookup tables and queue nothing. A replayed event was queued when
 * it was live, for the subscriptions of that moment; queued again it would go to subscriptions made
 * since, which never asked for the past (docs/replay.md).
 */
@ProcessingGroup(NotifyOutboxProjection.PROCESSING_GROUP)
public class NotifyOutboxProjection {
    public static final String PROCESSING_GROUP = "notify-outbox";
    /** The metadata key of the W3C trace context that requests put on commands and their events. */
    public static final String TRACEPARENT = "traceparent";
    private static final Logger log = LoggerFactory.getLogger(NotifyOutboxProjection.class);
    private static final TypeReference<List<Map<String, Object>>> LIMITS = new TypeReference<>() { };

    private final SubjectTable lookup;
    private final QualifiedSourceTable qualified;
    private final OutboxWriter outbox;
    private final ObjectMapper json;
    private final SpecificationNotifications specs;
    private final ChangeNotifications changes;
    private final LotNotifications lots;
    private final SourceNotifications sources;

    public NotifyOutboxProjection(SubjectTable lookup, QualifiedSourceTable qualified, OutboxWriter outbox,
                                  ObjectMapper json, String baseUrl) {
        this.lookup = lookup;
        this.qualified = qualified;
        this.outbox = outbox;
        this.json = json;
        this.specs = new SpecificationNotifications(baseUrl);
        this.changes = new ChangeNotifications(baseUrl);
        this.lots = new LotNotifications(baseUrl);
        this.sources = new SourceNotifications(baseUrl);
    }

    @EventHandler
    void on(SpecificationCreated e) {
        lookup.rememberSpecification(e.specificationId(), e.partNumber());
    }

    @EventHandler
    void on(RevisionApproved e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        String part = lookup.specification(e.specificationId()).map(SubjectTable.SpecificationInfo::partNumber).orElse(null);
        queue(specs.approved(e, part, time), eventId, trace);
    }

    @EventHandler
    void on(RevisionBecameEffective e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        List<Map<String, Object>> previous = lookup.specification(e.specificationId())
                .map(SubjectTable.SpecificationInfo::effectiveLimits).map(this::limits).orElse(List.of());
        queue(specs.effective(e, previous, time), eventId, trace);
        lookup.rememberEffective(e.specificationId(), e.partNumber(), e.revision(),
                Json.write(json, SpecificationNotifications.currentLimits(e)));
        if (e.content() != null) {
            qualified.revisionQualifies(e.specificationId(), e.content().sourcingRules().qualifiedSources());
        }
    }

    @EventHandler
    void on(EngineeringChangeRaised e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        String part = e.specificationId() == null ? null
                : lookup.specification(e.specificationId()).map(SubjectTable.SpecificationInfo::partNumber).orElse(null);
        lookup.rememberChange(e.changeId(), e.specificationId(), part);
        queue(changes.raised(e, part, time), eventId, trace);
    }

    @EventHandler
    void on(EngineeringChangeApproved e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        lookup.change(e.changeId()).ifPresentOrElse(change -> queue(changes.approved(e, change, time), eventId, trace),
                () -> unknown("change", e.changeId()));
    }

    @EventHandler
    void on(EngineeringChangeRejected e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        lookup.change(e.changeId()).ifPresentOrElse(change -> queue(changes.rejected(e, change, time), eventId, trace),
                () -> unknown("change", e.changeId()));
    }

    @EventHandler
    void on(MagnetLotReceived e) {
        lookup.rememberLot(e.lotId(), e.partNumber());
    }

    @EventHandler
    void on(LotHeld e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        lookup.lot(e.lotId()).ifPresentOrElse(lot -> {
            String spec = specOf(lot);
            Integer revision = spec == null ? null
                    : lookup.specification(spec).map(SubjectTable.SpecificationInfo::effectiveRevision).orElse(null);
            String publicReason = LotNotifications.publicReason(e, spec, revision);
            queue(lots.held(e, publicReason, lot, spec, time), eventId, trace);
            lookup.rememberLotState(e.lotId(), "HELD", publicReason);
        }, () -> unknown("lot", e.lotId()));
    }

    @EventHandler
    void on(LotReleased e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        lookup.lot(e.lotId()).ifPresentOrElse(lot -> {
            queue(lots.released(e, lot, specOf(lot), time), eventId, trace);
            lookup.rememberLotState(e.lotId(), "RELEASED", null);
        }, () -> unknown("lot", e.lotId()));
    }

    @EventHandler
    void on(LotRejected e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        lookup.lot(e.lotId()).ifPresentOrElse(lot -> {
            queue(lots.rejected(e, lot, specOf(lot), time), eventId, trace);
            lookup.rememberLotState(e.lotId(), "REJECTED", lot.holdReason());
        }, () -> unknown("lot", e.lotId()));
    }

    @EventHandler
    void on(SourceQualified e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        String part = lookup.specification(e.specificationId()).map(SubjectTable.SpecificationInfo::partNumber).orElse(null);
        queue(sources.qualified(e, part, time), eventId, trace);
        qualified.changeQualifies(e.specificationId(), e.tier(), e.sourceId());
    }

    @EventHandler
    void on(SupplySourceDisqualified e) {
        qualified.disqualified(e.sourceId());
    }

    @EventHandler
    void on(SourceCertificateExpiring e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        for (String spec : qualified.specificationsQualifying(e.tier(), e.sourceId())) {
            queue(sources.certificateExpiring(e, spec, partOf(spec), time), perSpecification(eventId, spec), trace);
        }
    }

    @EventHandler
    void on(SourceCertificateExpired e, @MessageIdentifier String eventId, @Timestamp Instant time,
            @MetaDataValue(TRACEPARENT) String trace) {
        for (String spec : qualified.specificationsQualifying(e.tier(), e.sourceId())) {
            queue(sources.certificateExpired(e, spec, partOf(spec), time), perSpecification(eventId, spec), trace);
        }
    }

    /**
     * One event told once per specification needs one id per specification, the same on every retry and replay:
     * a name-based UUID of event and specification, as long as the event id, so the CloudEvents id still fits.
     */
    static String perSpecification(String eventId, String specificationId) {
        return UUID.nameUUIDFromBytes((eventId + "/" + specificationId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String partOf(String specificationId) {
        return lookup.specification(specificationId).map(SubjectTable.SpecificationInfo::partNumber).orElse(null);
    }

    /** Empties the lookup tables before a replay; the outbox and its deliveries stay as they are. */
    @ResetHandler
    void reset() {
        lookup.clear();
        qualified.clear();
    }

    private void queue(Notification notification, String eventId, String trace) {
        if (!replaying()) {
            outbox.write(notification, eventId, trace);
        }
    }

    private static boolean replaying() {
        return CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
    }

    private String specOf(SubjectTable.LotInfo lot) {
        return lookup.specificationOfPart(lot.partNumber()).orElse(null);
    }

    private static void unknown(String kind, String id) {
        log.warn("no notification for {} {}: its receipt was never seen, so its part is unknown", kind, id);
    }

    private List<Map<String, Object>> limits(String text) {
        return Json.read(json, text, LIMITS);
    }
}
