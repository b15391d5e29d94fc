package org.specloop.command.axon;

import org.axonframework.config.ConfigurerModule;
import org.specloop.command.sourcing.RequalificationPlanner;
import org.specloop.command.sourcing.policy.LotSourcingPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Wiring of the sourcing feature: requalification templates (the shipped defaults, or a JSON
 * document named by specloop.requalification.templates-location) and strict event order for the
 * sourcing processor, whose handlers read what earlier events of other aggregates wrote.
 */
@Configuration
public class SourcingConfiguration {

    @Bean
    public RequalificationPlanner requalificationPlanner(
            @Value("${specloop.requalification.templates-location:}") String location) {
        if (location.isBlank()) {
            return new RequalificationPlanner(RequalificationTemplateFiles.defaults());
        }
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return new RequalificationPlanner(RequalificationTemplateFiles.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read requalification templates from " + location, e);
        }
    }

    /**
     * A lot received right after its spec became effective must see that spec: one sequence for all events,
     * named by a String so that every node computes the same segment for it (Axon's SequentialPolicy uses an
     * Object whose identity hash differs per JVM).
     */
    @Bean
    public ConfigurerModule sourcingInStrictOrder() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(LotSourcingPolicy.PROCESSING_GROUP, c -> event -> LotSourcingPolicy.PROCESSING_GROUP));
    }
}
