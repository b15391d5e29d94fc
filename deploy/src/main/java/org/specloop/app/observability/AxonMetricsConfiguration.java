package org.specloop.app.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Axon's metrics must land in the registry Prometheus scrapes. Left to itself, Axon's
 * auto-configuration may create its own SimpleMeterRegistry before Spring Boot's, and then
 * processor lag and command timings never reach /actuator/prometheus.
 */
@Configuration
public class AxonMetricsConfiguration {

    @Bean
    public GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry);
    }

    /** Lag per processor segment and dead letters per group, read from the token and dead-letter tables. */
    @Bean
    public ProcessorLagMetrics processorLagMetrics(JdbcTemplate jdbc, Serializer serializer,
                                                   @Value("${specloop.observability.lag-refresh:5s}") Duration refresh) {
        return new ProcessorLagMetrics(jdbc, serializer, refresh);
    }
}
