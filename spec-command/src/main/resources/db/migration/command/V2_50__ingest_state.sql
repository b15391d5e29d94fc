-- Ingest (org.specloop.command.ingest): partial aggregates of rig runs and the Kafka offsets they
-- correspond to, written in one transaction so that a restart resumes with nothing lost or doubled.
-- Raw samples are not stored here (nor in the event store): they stay in the Kafka topic.
CREATE TABLE ingest_rig_run (
    run_id      VARCHAR(128) NOT NULL PRIMARY KEY,
    state       TEXT         NOT NULL,
    completed   BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP    NOT NULL
);

CREATE TABLE ingest_offset (
    group_id     VARCHAR(255) NOT NULL,
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    next_offset  BIGINT       NOT NULL,
    PRIMARY KEY (group_id, topic, partition_no)
);
