package org.specloop.loop.policy;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loop joins events of many aggregates (lots, motor runs, specs, changes) and decides on the
 * joined facts, so its processing group handles live events in store order, in one segment
 * (specloop.event-store.store-ordered), while a parked event holds back only its aggregate's later events
 * (LoopSequencing); one transaction of the group at a time (LoopLock). The checks that measurements
 * ask for run once per batch (DeferredChecks).
 */
@Configuration
@EnableConfigurationProperties(LoopProperties.class)
public class LoopConfiguration {

    @Bean
    public ConfigurerModule loopSequencing(ObjectProvider<DeferredChecks> checks, ObjectProvider<JdbcTemplate> jdbc) {
        // the checks send commands, and the command gateway is built from this configuration: looked up when the processor starts
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(LoopEventHandler.PROCESSING_GROUP, c -> new LoopSequencing())
                .registerHandlerInterceptor(LoopEventHandler.PROCESSING_GROUP, c -> new LoopLock(jdbc.getObject()))
                .registerHandlerInterceptor(LoopEventHandler.PROCESSING_GROUP, c -> new DeferredChecksInterceptor(checks.getObject()));
    }
}
