-- Issue 24: a version per scope of the loop's facts, bumped in the transaction that writes them, so that the
-- read API can keep the control charts and transfer functions it computed until their facts change, on every
-- node (a counter in one JVM would not see another node's writes). Scopes: 'source:<id>' (a source's lots,
-- samples and drift changes: its charts), 'design:<id>' (a design, its motors, the lots in them and its
-- magnet spec: its transfer functions) and '*' (every fact, bumped by a reset of the loop).
CREATE TABLE loop_fact_version (
    scope   VARCHAR(400) NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL
);
