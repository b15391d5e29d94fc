package org.specloop.query.shared;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.Disposition;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestsTest {
    @Test
    void accepts_an_enum_filter_in_any_case() {
        assertThat(Requests.enumFilter("disposition", "held", Disposition.class)).isEqualTo("HELD");
    }

    @Test
    void refuses_an_unknown_enum_filter_naming_the_accepted_values() {
        assertThatThrownBy(() -> Requests.enumFilter("disposition", "LOST", Disposition.class))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("RELEASED");
    }

    @Test
    void an_omitted_instant_means_now() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

        assertThat(Requests.instant("asOf", null, clock)).isEqualTo(clock.instant());
    }

    @Test
    void refuses_an_instant_that_is_not_iso_8601() {
        assertThatThrownBy(() -> Requests.instant("asOf", "yesterday", Clock.systemUTC()))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("asOf must be an ISO-8601 instant");
    }
}
