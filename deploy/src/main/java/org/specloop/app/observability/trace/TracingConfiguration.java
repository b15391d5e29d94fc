package org.specloop.app.observability.trace;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * W3C trace context from HTTP requests into Axon message metadata (key "traceparent"), from there
 * into the log MDC of whoever handles the messages and into notifications (CloudEvents traceparent
 * extension, Kafka and webhook headers). Hand-made rather than micrometer-tracing: the bridge in the
 * Boot 3.5.9 BOM (1.5.7) is not among the artifacts this project may fetch, and carrying an id needs no tracer.
 */
@Configuration
public class TracingConfiguration {

    @Bean
    public FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
        // before Spring Security, so that refused requests are logged with their trace id too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    public TraceDispatchInterceptor traceDispatchInterceptor() {
        return new TraceDispatchInterceptor();
    }

    @Bean
    public CorrelationDataProvider traceCorrelationProvider() {
        return new SimpleCorrelationDataProvider(TraceParent.HEADER);
    }

    @Bean
    public ConfigurerModule traceInEventHandlers() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultHandlerInterceptor((config, processorName) -> new TraceHandlerInterceptor<>()));
    }
}
