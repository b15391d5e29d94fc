package org.specloop.command.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * specloop.command.*: how the write side loads its aggregates.
 *
 * @param aggregateCache     keep recently used aggregates in memory: a command then loads its aggregate after
 *                           one index lookup instead of reading all its events (docs/benchmarks.md)
 * @param aggregateCacheSize aggregates kept per aggregate type while the cache is on
 */
@ConfigurationProperties("specloop.command")
public record CommandProperties(@DefaultValue("true") boolean aggregateCache,
                                @DefaultValue("2000") int aggregateCacheSize) {
}
