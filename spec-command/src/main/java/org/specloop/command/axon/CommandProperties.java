package org.specloop.command.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * specloop.command.*: how the write side loads its aggregates.
 *
 * @param aggregateCache     keep recently used aggregates in memory: a command then loads its aggregate after
 *                           one index lookup instead of reading all its events (docs/benchmarks.md)
 * @param aggregateCacheSize aggregates kept per aggregate type while the cache is on. A revision re-evaluates every
 *                           open lot of its part: with 2,000 the plant's 11,651 lots were read from their events
 *                           (about 70 each) and took 18.8 s, with 16,000 11.1 s. A lot of 70 measurements holds
 *                           about 21 KB, so 20,000 lots take about 420 MB of heap
 */
@ConfigurationProperties("specloop.command")
public record CommandProperties(@DefaultValue("true") boolean aggregateCache,
                                @DefaultValue("20000") int aggregateCacheSize) {
}
