package org.specloop.app.cluster;

/**
 * This node's name in the cluster: the owner written into token_entry claims and the key of its
 * heartbeat row. specloop.node-id, or the JVM name (pid@host) when not set. Two nodes must never
 * share one, or each would take the other's token claims for its own.
 */
public record NodeIdentity(String id) {
    public NodeIdentity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("node id must not be blank");
        }
    }
}
