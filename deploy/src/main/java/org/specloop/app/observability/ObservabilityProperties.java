package org.specloop.app.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * specloop.observability.*: metrics SpecLoop computes itself (docs/observability.md).
 *
 * @param lagRefresh how often processor lag and dead-letter counts are read from the token and dead-letter tables
 */
@ConfigurationProperties("specloop.observability")
public record ObservabilityProperties(@DefaultValue("5s") Duration lagRefresh) {
}
