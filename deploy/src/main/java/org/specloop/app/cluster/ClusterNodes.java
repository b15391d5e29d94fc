package org.specloop.app.cluster;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cluster_node (V9_70): one heartbeat row per node, and the segment owners Axon records in
 * token_entry. Heartbeats are each node's wall clock in epoch millis, like Axon's own claim
 * timestamps: nodes are expected to run NTP.
 */
public class ClusterNodes {
    private final JdbcTemplate jdbc;

    public ClusterNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void heartbeat(String nodeId, long nowMillis) {
        if (jdbc.update("UPDATE cluster_node SET heartbeat_at = ? WHERE node_id = ?", nowMillis, nodeId) == 0) {
            jdbc.update("INSERT INTO cluster_node (node_id, started_at, heartbeat_at) VALUES (?, ?, ?)",
                    nodeId, nowMillis, nowMillis);
        }
    }

    /** A node that stops cleanly leaves at once, so the others need not wait for its heartbeat to age. */
    public void leave(String nodeId) {
        jdbc.update("DELETE FROM cluster_node WHERE node_id = ?", nodeId);
    }

    /** Ids of the nodes with a heartbeat at or after {@code sinceMillis}, sorted. */
    public List<String> live(long sinceMillis) {
        return jdbc.queryForList("SELECT node_id FROM cluster_node WHERE heartbeat_at >= ? ORDER BY node_id",
                String.class, sinceMillis);
    }

    /** Segments per owner of one processor, as the token store has them (claims of any age). */
    public Map<String, Integer> owners(String processorName) {
        Map<String, Integer> owned = new HashMap<>();
        jdbc.query("SELECT owner, COUNT(*) FROM token_entry WHERE processorName = ? AND owner IS NOT NULL GROUP BY owner",
                rs -> {
                    owned.put(rs.getString(1), rs.getInt(2));
                }, processorName);
        return owned;
    }

    /** Who holds one segment of a processor now, if anyone. */
    public Optional<String> owner(String processorName, int segment) {
        return jdbc.queryForList("SELECT owner FROM token_entry WHERE processorName = ? AND segment = ? AND owner IS NOT NULL",
                String.class, processorName, segment).stream().findFirst();
    }

    public int segments(String processorName) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processorName = ?", Integer.class,
                processorName);
        return count == null ? 0 : count;
    }
}
