package org.specloop.app.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * specloop.cluster.*: how nodes find each other (heartbeat rows in cluster_node) and spread the
 * segments of the event processors (docs/operations.md).
 *
 * @param heartbeatInterval how often a node writes its heartbeat
 * @param nodeTimeout       a node whose heartbeat is older than this is not live; keep it at or below
 *                          specloop.event-store.claim-timeout, so a dead node's segments are shared out
 *                          among the others as soon as its claims may be taken over
 * @param balanceInterval   how often a node compares its segments with its fair share
 * @param releaseFor        how long a released segment is left to the other nodes before this node may
 *                          claim it again
 * @param balancing         spread the segments fairly over the live nodes; false keeps Axon's default (a node claims
 *                          whatever is free)
 * @param unansweredReleaseHold how long a node keeps its segments of a processor after a release nobody took
 *                          (doubling on each further one, up to eight times as long; ReleaseBackoff)
 */
@ConfigurationProperties("specloop.cluster")
public record ClusterProperties(@DefaultValue("2s") Duration heartbeatInterval,
                                @DefaultValue("10s") Duration nodeTimeout,
                                @DefaultValue("3s") Duration balanceInterval,
                                @DefaultValue("15s") Duration releaseFor,
                                @DefaultValue("true") boolean balancing,
                                @DefaultValue("1m") Duration unansweredReleaseHold) {
}
