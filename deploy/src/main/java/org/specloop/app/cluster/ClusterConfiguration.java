package org.specloop.app.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.specloop.readside.shared.NodeIdentity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** Several nodes on one database: who is alive, and processor segments spread fairly among them. */
@Configuration
public class ClusterConfiguration {

    @Bean
    public NodeIdentity nodeIdentity(NodeProperties properties) {
        return NodeIdentity.of(properties.nodeId());
    }

    @Bean
    public ClusterNodes clusterNodes(JdbcTemplate jdbc) {
        return new ClusterNodes(jdbc);
    }

    @Bean
    public SegmentBalancer segmentBalancer(ClusterNodes nodes, NodeIdentity self, ClusterProperties properties,
                                           EventProcessingConfiguration processing, Clock clock) {
        return new SegmentBalancer(nodes, self, properties, processing, clock);
    }
}
