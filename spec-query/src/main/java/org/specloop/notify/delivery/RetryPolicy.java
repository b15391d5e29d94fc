package org.specloop.notify.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * When to try again. The n-th retry waits a random time between zero and the n-th step of the
 * schedule (full jitter), so that many notifications failing together against one receiver do not
 * come back together either; once the schedule is used up the row is a dead letter.
 * A receiver's Retry-After wins over the schedule, capped so that a silly value cannot park a row forever.
 */
public class RetryPolicy {
    private final List<Duration> schedule;
    private final boolean fullJitter;
    private final Duration maxRetryAfter;
    private final Random random;

    public RetryPolicy(List<Duration> schedule, boolean fullJitter, Duration maxRetryAfter, Random random) {
        this.schedule = List.copyOf(schedule);
        this.fullJitter = fullJitter;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    /** The delay before the next attempt after {@code failedAttempts} failures, or empty when none is left. */
    public Optional<Duration> delayAfter(int failedAttempts, Duration retryAfter) {
        if (failedAttempts > schedule.size()) {
            return Optional.empty();
        }
        if (retryAfter != null) {
            return Optional.of(retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter);
        }
        Duration step = schedule.get(failedAttempts - 1);
        if (!fullJitter || step.isZero()) {
            return Optional.of(step);
        }
        return Optional.of(Duration.ofMillis((long) (random.nextDouble() * step.toMillis())));
    }

    public int maxAttempts() {
        return schedule.size() + 1;
    }

    /** Retry-After as delay-seconds or as an HTTP date (RFC 9110 section 10.2.3); empty if absent or unreadable. */
    public static Optional<Duration> parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration delay = Duration.between(now, at);
                return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
