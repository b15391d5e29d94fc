package org.specloop.query;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The Clock bean that the application gets from the command side, fixed for web tests. */
@TestConfiguration
public class FixedClock {
    public static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

    @Bean
    public Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
