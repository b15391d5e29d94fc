package org.specloop.app.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
 * @param balancing         false keeps Axon's default (a node claims whatever is free)
 * @param unansweredReleaseHold how long a node keeps its segments of a processor after a release nobody took
 *                          (doubling on each further one, up to eight times as long; ReleaseBackoff)
 */
@ConfigurationProperties("specloop.cluster")
public record ClusterProperties(Duration heartbeatInterval, Duration nodeTimeout, Duration balanceInterval,
                                Duration releaseFor, Boolean balancing, Duration unansweredReleaseHold) {

    public ClusterProperties {
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(2) : heartbeatInterval;
        nodeTimeout = nodeTimeout == null ? Duration.ofSeconds(10) : nodeTimeout;
        balanceInterval = balanceInterval == null ? Duration.ofSeconds(3) : balanceInterval;
        releaseFor = releaseFor == null ? Duration.ofSeconds(15) : releaseFor;
        balancing = balancing == null || balancing;
        unansweredReleaseHold = unansweredReleaseHold == null ? Duration.ofMinutes(1) : unansweredReleaseHold;
    }
}
