CREATE TABLE q_specification (
    specification_id   VARCHAR(200) NOT NULL,
    part_number        VARCHAR(200) NOT NULL,
    grade              VARCHAR(100),
    title              VARCHAR(500),
    effective_revision INTEGER,
    status_summary     VARCHAR(500),
    created_by         VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_specification PRIMARY KEY (specification_id)
);
CREATE INDEX ix_q_specification_part ON q_specification (part_number, grade);

CREATE TABLE q_spec_revision (
    specification_id  VARCHAR(200) NOT NULL,
    revision          INTEGER      NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    content_json      VARCHAR(1000000),
    author            VARCHAR(200),
    draft_reason      VARCHAR(2000),
    drafted_at        TIMESTAMP WITH TIME ZONE,
    proposer          VARCHAR(200),
    proposed_at       TIMESTAMP WITH TIME ZONE,
    approver          VARCHAR(200),
    rejector          VARCHAR(200),
    decision_reason   VARCHAR(2000),
    signature_meaning VARCHAR(20),
    approved_at       TIMESTAMP WITH TIME ZONE,
    rejected_at       TIMESTAMP WITH TIME ZONE,
    effective_from    TIMESTAMP WITH TIME ZONE,
    effective_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_spec_revision PRIMARY KEY (specification_id, revision)
);
