-- One row per limit a loop proposal changes (a proposal may change Br and HcJ together), each with the
-- evidence it rests on. loop_proposal keeps one row per proposal, naming its first limit; a proposal made
-- before this table existed has no rows here and is read as its single limit.
CREATE TABLE loop_proposal_limit (
    specification_id VARCHAR(200)     NOT NULL,
    revision         INTEGER          NOT NULL,
    limit_key        VARCHAR(100)     NOT NULL,
    proposed_limit   DOUBLE PRECISION NOT NULL,
    effective_limit  DOUBLE PRECISION,
    dead_band        DOUBLE PRECISION NOT NULL,
    evidence_json    VARCHAR          NOT NULL,
    PRIMARY KEY (specification_id, revision, limit_key)
);
