package org.specloop.loop.policy;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The loop joins events of many aggregates (lots, motor runs, specs, changes) and decides on the
 * joined facts, so its processing group handles them strictly in store order, in one segment. The
 * sequence is named by a String because its hash picks the segment and must be the same on every node
 * (Axon's SequentialPolicy uses an Object whose identity hash differs per JVM). The checks that
 * measurements ask for run once per batch (DeferredChecks).
 */
@Configuration
@EnableConfigurationProperties(LoopProperties.class)
public class LoopConfiguration {

    @Bean
    public ConfigurerModule loopSequencing(ObjectProvider<DeferredChecks> checks) {
        // the checks send commands, and the command gateway is built from this configuration: looked up when the processor starts
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(LoopEventHandler.PROCESSING_GROUP, c -> event -> LoopEventHandler.PROCESSING_GROUP)
                .registerHandlerInterceptor(LoopEventHandler.PROCESSING_GROUP, c -> new DeferredChecksInterceptor(checks.getObject()));
    }
}
