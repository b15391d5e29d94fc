package org.specloop.app.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
