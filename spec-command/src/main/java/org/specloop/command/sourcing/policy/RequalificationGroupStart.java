package org.specloop.command.sourcing.policy;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.ReplayToken;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the requalification group starts the first time it runs: at the start of the store, as a replay up to
 * the head of that moment. A store that held the requalification saga's changes thus rebuilds the table of
 * undecided changes from their events without planning any of them again, and a new store starts at its tail.
 * (Only the pooled processors: the tracking type exists for the benchmark baseline.)
 */
@Configuration
class RequalificationGroupStart {

    @Bean
    ConfigurerModule requalificationStartsAsReplay() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(RequalificationPolicy.PROCESSING_GROUP,
                        (config, builder) -> builder.initialToken(source -> ReplayToken.createReplayToken(source.createHeadToken()))));
    }
}
