package org.specloop.app.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * specloop.node-id, the one SpecLoop key outside a group of its own.
 *
 * @param nodeId this node's name in the token table's owner column and in cluster_node (which node holds
 *               which segment); unset or blank, the JVM name (pid@host). Unique per node.
 */
@ConfigurationProperties("specloop")
public record NodeProperties(String nodeId) {
}
