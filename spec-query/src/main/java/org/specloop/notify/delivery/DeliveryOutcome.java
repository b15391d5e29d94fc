package org.specloop.notify.delivery;

import java.time.Duration;

/**
 * What one send attempt came to. OUTAGE is a failure on our side of the wire (Kafka unreachable)
 * and never counts towards dead-lettering; RETRY is the receiver's failure and does; GONE (410)
 * disables the endpoint until the OEM re-enables it.
 *
 * @param retryAfter what the receiver asked for (429/503 Retry-After), or null
 */
public record DeliveryOutcome(Kind kind, Integer status, String error, Duration retryAfter) {

    public enum Kind {
        DELIVERED,
        RETRY,
        OUTAGE,
        GONE
    }

    public static DeliveryOutcome delivered(Integer status) {
        return new DeliveryOutcome(Kind.DELIVERED, status, null, null);
    }

    public static DeliveryOutcome retry(Integer status, String error, Duration retryAfter) {
        return new DeliveryOutcome(Kind.RETRY, status, error, retryAfter);
    }

    public static DeliveryOutcome outage(String error) {
        return new DeliveryOutcome(Kind.OUTAGE, null, error, null);
    }

    public static DeliveryOutcome gone(int status, String error) {
        return new DeliveryOutcome(Kind.GONE, status, error, null);
    }
}
