package org.specloop.command.sourcing.policy;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Strict event order for the sourcing processor, whose handlers read what earlier events of other
 * aggregates wrote: a lot received right after its spec became effective must see that spec. One
 * sequence for all events, named by a String so that every node computes the same segment for it
 * (Axon's SequentialPolicy uses an Object whose identity hash differs per JVM).
 */
@Configuration
class SourcingPolicyOrder {

    @Bean
    ConfigurerModule sourcingInStrictOrder() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(LotSourcingPolicy.PROCESSING_GROUP, c -> event -> LotSourcingPolicy.PROCESSING_GROUP));
    }
}
