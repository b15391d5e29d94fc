package org.specloop.notify.http;

import org.specloop.notify.outbox.OutboxRow;

import java.time.Instant;

/** One delivery of one notification to one subscription, as shown to its OEM; nextAttemptAt only while pending. */
record DeliveryView(String id, String type, String subject, Instant eventTime, String status, int attempts,
                    Integer lastStatus, String lastError, Instant nextAttemptAt, Instant deliveredAt) {

    static DeliveryView of(OutboxRow row) {
        boolean pending = row.status() == org.specloop.notify.outbox.DeliveryStatus.PENDING;
        return new DeliveryView(row.id(), row.eventType(), row.subject(), row.eventTime(), row.status().name(),
                row.attempts(), row.lastStatus(), row.lastError(), pending ? row.nextAttemptAt() : null, row.deliveredAt());
    }
}
