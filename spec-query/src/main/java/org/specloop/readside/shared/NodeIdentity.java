package org.specloop.readside.shared;

import java.lang.management.ManagementFactory;

/**
 * This node's name among the nodes sharing one database: the owner written into token_entry claims, the key
 * of its cluster_node heartbeat row and the owner of the notification leases it takes. Two running nodes must
 * never share one, or each would take the other's claims and leases for its own.
 */
public record NodeIdentity(String id) {
    public NodeIdentity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("node id must not be blank");
        }
    }

    /**
     * The configured id (specloop.node-id), or when it is unset or blank the JVM name, which holds the process id
     * and host: unique per running node, but not kept across a restart.
     */
    public static NodeIdentity of(String configured) {
        return new NodeIdentity(configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() : configured);
    }
}
