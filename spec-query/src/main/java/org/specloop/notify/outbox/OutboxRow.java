package org.specloop.notify.outbox;

import java.time.Instant;

/**
 * One CloudEvent for one subscription and its delivery state; id is the CloudEvent id and webhook-id.
 * traceparent is the W3C trace context of the event behind it, or null.
 */
public record OutboxRow(long seq, String id, String subscriptionId, String subject, String eventType, Instant eventTime,
                        String body, DeliveryStatus status, int attempts, Instant nextAttemptAt, Integer lastStatus,
                        String lastError, Instant createdAt, Instant deliveredAt,
                        String traceparent) {
}
