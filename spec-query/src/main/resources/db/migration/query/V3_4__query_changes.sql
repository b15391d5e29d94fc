CREATE TABLE q_change (
    change_id             VARCHAR(200) NOT NULL,
    change_trigger        VARCHAR(30)  NOT NULL,
    title                 VARCHAR(500),
    description           VARCHAR(4000),
    specification_id      VARCHAR(200),
    source_changes_json   VARCHAR(100000),
    status                VARCHAR(30)  NOT NULL,
    raised_by             VARCHAR(200),
    raised_at             TIMESTAMP WITH TIME ZONE,
    planner               VARCHAR(200),
    due_date              VARCHAR(10),
    evidence_complete_at  TIMESTAMP WITH TIME ZONE,
    decision              VARCHAR(20),
    decided_by            VARCHAR(200),
    decision_reason       VARCHAR(2000),
    signature_meaning     VARCHAR(20),
    decided_at            TIMESTAMP WITH TIME ZONE,
    closed_by             VARCHAR(200),
    close_note            VARCHAR(2000),
    closed_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_change PRIMARY KEY (change_id)
);
CREATE INDEX ix_q_change_status ON q_change (status);
CREATE INDEX ix_q_change_spec ON q_change (specification_id);

CREATE TABLE q_change_item (
    change_id      VARCHAR(200) NOT NULL,
    item_id        VARCHAR(200) NOT NULL,
    description    VARCHAR(2000),
    evidence_type  VARCHAR(100),
    required       INTEGER NOT NULL,
    received       INTEGER NOT NULL,
    CONSTRAINT pk_q_change_item PRIMARY KEY (change_id, item_id)
);

CREATE TABLE q_change_evidence (
    change_id           VARCHAR(200) NOT NULL,
    item_id             VARCHAR(200) NOT NULL,
    evidence_reference  VARCHAR(500) NOT NULL,
    recorded_by         VARCHAR(200),
    CONSTRAINT pk_q_change_evidence PRIMARY KEY (change_id, item_id, evidence_reference)
);

CREATE TABLE q_change_lot (
    change_id  VARCHAR(200) NOT NULL,
    lot_id     VARCHAR(200) NOT NULL,
    CONSTRAINT pk_q_change_lot PRIMARY KEY (change_id, lot_id)
);
