package org.specloop.app.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Function;

/**
 * Axon's metrics must land in the registry Prometheus scrapes. Left to itself, Axon's
 * auto-configuration may create its own SimpleMeterRegistry before Spring Boot's, and then
 * processor lag and command timings never reach /actuator/prometheus. Event processors and the buses get
 * Axon's timers and counters (processors also its latency gauge) through {@link RegisteredOnceMonitor},
 * which registers them once per set of tags. Event processors do not get Axon's capacity monitor: that
 * one keeps an entry for every event handled in the last 10 minutes, per processor, and at 10^6
 * measurements (12 processors, thousands of events a second) it held some 5 million entries, 400 MB,
 * and the node ran out of memory. The command and query buses keep theirs (far fewer messages).
 * Lag per processor (below) tells the same story from the token table.
 */
@Configuration
public class AxonMetricsConfiguration {

    @Bean
    public GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry) {
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                    String processorName, Function<Message<?>, Iterable<Tag>> tagsBuilder,
                    Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
                return RegisteredOnceMonitor.forProcessor(processorName, meterRegistry, tagsBuilder, latencyTagsBuilder);
            }

            /** Axon's capacity gauge stays (axon_command_bus_capacity); its timers and counters are registered once. */
            @Override
            public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
                                                                              Function<Message<?>, Iterable<Tag>> tagsBuilder) {
                return new MultiMessageMonitor<>(RegisteredOnceMonitor.forBus(name, meterRegistry, tagsBuilder),
                        CapacityMonitor.buildMonitor(name, meterRegistry, tagsBuilder));
            }

            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventBus(String name,
                                                                           Function<Message<?>, Iterable<Tag>> tagsBuilder) {
                return RegisteredOnceMonitor.forBus(name, meterRegistry, tagsBuilder);
            }

            @Override
            public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name,
                                                                             Function<Message<?>, Iterable<Tag>> tagsBuilder) {
                return new MultiMessageMonitor<>(RegisteredOnceMonitor.forBus(name, meterRegistry, tagsBuilder),
                        CapacityMonitor.buildMonitor(name, meterRegistry, tagsBuilder));
            }
        };
    }

    /** Axon's meters in snake_case with help text, without per-payload-type series unless asked for. */
    @Bean
    public MeterFilter axonMeterConventions(ObservabilityProperties properties) {
        return new AxonMeterConventions(properties.payloadTypeMetrics());
    }

    @Bean
    public MeterFilter meterHelpTexts() {
        return new MeterHelpTexts();
    }

    /** Lag per processor segment and dead letters per group, read from the token and dead-letter tables. */
    @Bean
    public ProcessorLagMetrics processorLagMetrics(JdbcTemplate jdbc, Serializer serializer,
                                                   ObservabilityProperties properties) {
        return new ProcessorLagMetrics(jdbc, serializer, properties.lagRefresh());
    }
}
