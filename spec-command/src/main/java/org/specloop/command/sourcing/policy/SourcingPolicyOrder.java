package org.specloop.command.sourcing.policy;

import org.specloop.command.sourcing.SourcingFacts;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sourcing processor's order, a sequence per part and one for the registry ({@link SourcingSequencing}), and
 * the interceptor that bounds the evidence policy's per-batch writes ({@link SourcingBatchInterceptor}). Listing
 * the group in specloop.event-store.globally-ordered still puts it back into one sequence: that setting is
 * applied after this module.
 */
@Configuration
class SourcingPolicyOrder {

    @Bean
    ConfigurerModule sourcingPerPart(ObjectProvider<EvidenceTables> evidence, ObjectProvider<SourcingFacts> facts) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(LotSourcingPolicy.PROCESSING_GROUP, c -> new SourcingSequencing(facts.getObject()))
                .registerHandlerInterceptor(LotSourcingPolicy.PROCESSING_GROUP,
                        c -> new SourcingBatchInterceptor(evidence.getObject())));
    }
}
