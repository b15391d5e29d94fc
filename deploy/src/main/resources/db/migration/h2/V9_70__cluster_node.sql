-- One row per running node, refreshed every few seconds (org.specloop.app.cluster): the live nodes
-- are those with a recent heartbeat; processors spread their segments over them. Times are epoch
-- millis of the writing node's clock.
CREATE TABLE cluster_node (
    node_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    started_at   BIGINT       NOT NULL,
    heartbeat_at BIGINT       NOT NULL
);
