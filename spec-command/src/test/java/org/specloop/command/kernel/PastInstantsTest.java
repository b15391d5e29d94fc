package org.specloop.command.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PastInstantsTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final PastInstants past = new PastInstants(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    private boolean accepted(Instant instant) {
        FieldErrors errors = new FieldErrors();
        past.check(errors, "measuredAt", instant);
        return errors.isEmpty();
    }

    @Test
    void the_past_now_and_up_to_the_skew_ahead_are_accepted() {
        assertThat(accepted(NOW.minus(Duration.ofDays(400)))).isTrue();
        assertThat(accepted(NOW)).isTrue();
        assertThat(accepted(NOW.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(accepted(null)).as("absent is decided by the caller").isTrue();
    }

    @Test
    void later_than_the_skew_is_refused_with_the_field_the_instant_and_the_skew() {
        FieldErrors errors = new FieldErrors();
        past.check(errors, "receivedAt", NOW.plus(Duration.ofMinutes(5)).plusSeconds(1));

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(RequestValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("receivedAt");
                    assertThat(error.message()).contains("2026-06-01T12:05:01Z").contains("in the future")
                            .contains("5 min").contains("2026-06-01T12:00:00Z");
                }));
    }

    @Test
    void required_refuses_an_absent_instant_and_still_checks_the_skew() {
        FieldErrors absent = new FieldErrors();
        past.require(absent, "measurements[3].measuredAt", null);
        assertThatThrownBy(absent::throwIfAny).isInstanceOfSatisfying(RequestValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("measurements[3].measuredAt");
                    assertThat(error.message()).startsWith("is required").contains("server's clock is not used");
                }));

        FieldErrors ahead = new FieldErrors();
        past.require(ahead, "receivedAt", NOW.plus(Duration.ofMinutes(6)));
        assertThat(ahead.isEmpty()).isFalse();

        FieldErrors fine = new FieldErrors();
        past.require(fine, "receivedAt", NOW.minusSeconds(1));
        assertThat(fine.isEmpty()).isTrue();
    }

    @Test
    void a_negative_skew_is_a_configuration_error() {
        assertThatThrownBy(() -> new PastInstants(Clock.systemUTC(), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
