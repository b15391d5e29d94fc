package org.specloop.command.axon;

import org.specloop.command.sourcing.RequalificationPlanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Wiring of the sourcing feature: requalification templates (the shipped defaults, or a JSON
 * document named by specloop.requalification.templates-location). The sourcing processor's strict
 * event order is configured beside its policy (SourcingPolicyOrder).
 */
@Configuration
class SourcingConfiguration {

    @Bean
    public RequalificationPlanner requalificationPlanner(RequalificationProperties properties) {
        String location = properties.templatesLocation();
        if (location == null || location.isBlank()) {
            return new RequalificationPlanner(RequalificationTemplateFiles.defaults());
        }
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return new RequalificationPlanner(RequalificationTemplateFiles.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read requalification templates from " + location, e);
        }
    }
}
