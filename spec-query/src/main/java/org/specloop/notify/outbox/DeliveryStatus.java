package org.specloop.notify.outbox;

/**
 * PENDING rows are still to be sent (or retried); DEAD ones gave up and wait for a manual replay;
 * WITHHELD ones were never sent because the OEM's grant did not cover them when their turn came.
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD,
    WITHHELD
}
