package org.specloop.command.sourcing.policy;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One sequence in store order for the sourcing processor; why it is not per part: {@link SourcingSequencing}. */
@Configuration
class SourcingPolicyOrder {

    @Bean
    ConfigurerModule sourcingInStrictOrder() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(LotSourcingPolicy.PROCESSING_GROUP, c -> new SourcingSequencing()));
    }
}
