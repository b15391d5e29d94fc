-- The consumer group generation that last owned each partition: on several nodes, a consumer that
-- lost its partitions in a rebalance it did not notice (a long pause) must not overwrite the state
-- its successor stores (IngestOffsets). -1: written without a generation (before this column, tests).
ALTER TABLE ingest_offset ADD COLUMN generation INTEGER DEFAULT -1 NOT NULL;
