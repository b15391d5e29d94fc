package org.specloop.notify.event;

import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.message.Severity;

import java.time.Instant;
import java.util.Map;

/**
 * A supply source became qualified for a specification at a tier. The qualification belongs to the
 * specification, so the news is part-specific: only subscriptions naming the specification's part
 * or the specification hear which sources a customer's magnets may come from.
 */
final class SourceNotifications {
    static final String SOURCE = "urn:specloop:source";
    static final String NOT_QUALIFIED = "NOT_QUALIFIED";
    static final String QUALIFIED = "QUALIFIED";
    private final String baseUrl;

    public SourceNotifications(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @param partNumber the specification's part, or null when its creation was never seen (then nobody is told) */
    public Notification qualified(SourceQualified e, String partNumber, Instant time) {
        Map<String, Object> data = Data.of()
                .put("sourceId", e.sourceId())
                .put("tier", e.tier().name())
                .put("specificationId", e.specificationId())
                .put("partNumber", partNumber)
                .put("previousStatus", NOT_QUALIFIED)
                .put("status", QUALIFIED)
                // who approved is internal: the OEM is told through which change, not by whom
                .put("reason", PublicReasons.sourceQualified(e.changeId()))
                .put("changedAt", e.qualifiedAt())
                .put("evidence", baseUrl + "/api/changes/" + e.changeId())
                .build();
        return new Notification(NotificationTypes.SOURCE_QUALIFICATION_CHANGED, SOURCE, e.sourceId(), Severity.WARNING,
                true, partNumber, e.specificationId(), time, data);
    }
}
