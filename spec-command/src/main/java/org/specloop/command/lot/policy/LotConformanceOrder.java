package org.specloop.command.lot.policy;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Per-part event order for the lot conformance processor ({@link LotConformanceSequencing}). Listing the
 * group in specloop.event-store.globally-ordered still puts it back into one sequence: that setting is
 * applied after this module.
 */
@Configuration
class LotConformanceOrder {

    @Bean
    ConfigurerModule lotConformancePerPart() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(LotConformancePolicy.PROCESSING_GROUP, c -> new LotConformanceSequencing()));
    }
}
