package org.specloop.query.notify.event;

import org.specloop.query.notify.subscription.Severity;

import java.time.Instant;
import java.util.Map;

/**
 * Hook for issue 5: the supply-source qualification event does not exist yet. When it does, the
 * outbox projection gets an @EventHandler for it that calls {@link #qualificationChanged} and then
 * {@code outbox.write(...)}; type, schema and AsyncAPI message are already published. A source is
 * shared by many parts, so this notification is not part-specific (see SubscriptionFilter).
 */
public final class SourceNotifications {
    static final String SOURCE = "urn:specloop:source";
    private final String baseUrl;

    public SourceNotifications(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Notification qualificationChanged(String sourceId, String tier, String previousStatus, String status,
                                             String reason, Instant changedAt, Instant time) {
        Map<String, Object> data = Data.of()
                .put("sourceId", sourceId)
                .put("tier", tier)
                .put("previousStatus", previousStatus)
                .put("status", status)
                .put("reason", reason)
                .put("changedAt", changedAt)
                .put("evidence", baseUrl + "/api/sources/" + sourceId)
                .build();
        return new Notification(NotificationTypes.SOURCE_QUALIFICATION_CHANGED, SOURCE, sourceId, Severity.WARNING, false,
                null, null, time, data);
    }
}
