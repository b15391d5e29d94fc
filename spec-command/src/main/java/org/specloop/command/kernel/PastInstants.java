package org.specloop.command.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The check for an instant a client gives for a fact that has already happened (a lot received, a
 * sample measured): it may not lie in the future by more than the skew allowed between the client's
 * clock and the server's. A later instant is a typo or a wrong clock, and stored it would sort the
 * fact after facts that happen later and put it into the wrong specification revision's time.
 *
 * <p>A value handed to the input mappers rather than static state, so tests pin the clock and the
 * skew is configuration (specloop.validation.clock-skew).
 */
public record PastInstants(Clock clock, Duration skew) {

    /** The refusal of an absent instant: what to send instead, since the server does not guess it. */
    public static final String MISSING = "is required: the instant the fact happened, ISO-8601 with an offset"
            + " (e.g. 2026-06-01T12:00:00Z); the server's clock is not used in its place";

    public PastInstants {
        Objects.requireNonNull(clock, "clock");
        if (skew == null || skew.isNegative()) {
            throw new IllegalArgumentException("the clock skew must be zero or positive, not " + skew);
        }
    }

    /**
     * Records an error against the field when the instant is absent or later than now plus the skew. Absent
     * is refused, not replaced by the server's clock: a lot received or a sample measured yesterday and sent
     * today would otherwise be stored as of today, in the wrong revision's time and the wrong order.
     */
    public void require(FieldErrors errors, String field, Instant instant) {
        if (instant == null) {
            errors.reject(field, MISSING);
            return;
        }
        check(errors, field, instant);
    }

    /** Records an error against the field when the instant is later than now plus the skew; absent is fine here. */
    public void check(FieldErrors errors, String field, Instant instant) {
        problem(instant).ifPresent(message -> errors.reject(field, message));
    }

    /** What is wrong with the instant, for paths that refuse without FieldErrors (rig run control); empty when fine. */
    public Optional<String> problem(Instant instant) {
        Instant now = clock.instant();
        if (instant == null || !instant.isAfter(now.plus(skew))) {
            return Optional.empty();
        }
        return Optional.of("is " + instant + ", in the future: at most " + skew.toMinutes() + " min (" + skew
                + ") ahead of the server clock is accepted for a fact that has happened (server time " + now + ")");
    }
}
