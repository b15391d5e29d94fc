package org.specloop.command.lot.http;

import java.time.Clock;
import java.time.Duration;
import org.specloop.command.kernel.PastInstants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The future-instant check the application wires (CommandSideConfiguration), with the default 5 min skew. */
@Configuration
class ServerClock {
    static final Duration SKEW = Duration.ofMinutes(5);

    @Bean
    PastInstants pastInstants() {
        return new PastInstants(Clock.systemUTC(), SKEW);
    }
}
