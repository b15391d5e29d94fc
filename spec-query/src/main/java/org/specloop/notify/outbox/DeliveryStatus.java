package org.specloop.notify.outbox;

/** PENDING rows are still to be sent (or retried); DEAD ones gave up and wait for a manual replay. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD
}
