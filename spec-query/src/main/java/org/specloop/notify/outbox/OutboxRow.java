package org.specloop.notify.outbox;

import java.time.Instant;

/**
 * One CloudEvent for one subscription and its delivery state; id is the CloudEvent id and webhook-id.
 * traceparent is the W3C trace context of the event behind it, or null. partNumber and specificationId
 * are what the news is about, checked against the OEM's grant before it is sent; null in rows queued
 * before grants existed (then no grant covers the row).
 */
public record OutboxRow(long seq, String id, String subscriptionId, String subject, String eventType, Instant eventTime,
                        String body, DeliveryStatus status, int attempts, Instant nextAttemptAt, Integer lastStatus,
                        String lastError, Instant createdAt, Instant deliveredAt,
                        String traceparent, String partNumber, String specificationId) {
}
