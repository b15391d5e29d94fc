package org.specloop.command.sourcing.policy;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One sequence in store order for the sourcing processor (why it is not per part: {@link SourcingSequencing}), and
 * the interceptor that bounds the evidence policy's per-batch writes ({@link SourcingBatchInterceptor}).
 */
@Configuration
class SourcingPolicyOrder {

    @Bean
    ConfigurerModule sourcingInStrictOrder(ObjectProvider<EvidenceTables> evidence) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(LotSourcingPolicy.PROCESSING_GROUP, c -> new SourcingSequencing())
                .registerHandlerInterceptor(LotSourcingPolicy.PROCESSING_GROUP,
                        c -> new SourcingBatchInterceptor(evidence.getObject())));
    }
}
