package org.specloop.app.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * specloop.observability.*: metrics SpecLoop computes itself and how Axon's are published (docs/observability.md).
 *
 * @param lagRefresh how often processor lag and dead-letter counts are read from the token and dead-letter tables
 * @param payloadTypeMetrics split Axon's command, event store and event processor series by message payload type
 *                           (off: one series per processor and outcome; on: times every command and event type)
 */
@ConfigurationProperties("specloop.observability")
public record ObservabilityProperties(@DefaultValue("5s") Duration lagRefresh,
                                      @DefaultValue("false") boolean payloadTypeMetrics) {
}
