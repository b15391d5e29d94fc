-- Read model of the sourcing views (org.specloop.query.sourcing): lots with their declared chain,
-- qualification per spec and tier, motor designs per lot; sources themselves are in q_source.
CREATE TABLE q_sourcing_lot (
    lot_id      VARCHAR(200) NOT NULL,
    part_number VARCHAR(200),
    received_at TIMESTAMP WITH TIME ZONE,
    rejected    BOOLEAN      NOT NULL,
    CONSTRAINT pk_q_sourcing_lot PRIMARY KEY (lot_id)
);

CREATE TABLE q_sourcing_lot_link (
    lot_id    VARCHAR(200) NOT NULL,
    tier      VARCHAR(30)  NOT NULL,
    source_id VARCHAR(200) NOT NULL,
    country   VARCHAR(10),
    CONSTRAINT pk_q_sourcing_lot_link PRIMARY KEY (lot_id, tier)
);
CREATE INDEX ix_q_sourcing_lot_link_source ON q_sourcing_lot_link (source_id);
CREATE INDEX ix_q_sourcing_lot_link_country ON q_sourcing_lot_link (country, tier);

CREATE TABLE q_sourcing_spec (
    specification_id VARCHAR(200) NOT NULL,
    part_number      VARCHAR(200),
    grade            VARCHAR(100),
    revision         INTEGER,
    CONSTRAINT pk_q_sourcing_spec PRIMARY KEY (specification_id)
);

-- status QUALIFIED (basis "revision N" or "change EC-..."), IN_REQUALIFICATION or REJECTED (basis "change EC-...").
CREATE TABLE q_sourcing_qualification (
    specification_id VARCHAR(200) NOT NULL,
    tier             VARCHAR(30)  NOT NULL,
    source_id        VARCHAR(200) NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    basis            VARCHAR(300) NOT NULL,
    change_id        VARCHAR(200),
    CONSTRAINT pk_q_sourcing_qualification PRIMARY KEY (specification_id, tier, source_id)
);
CREATE INDEX ix_q_sourcing_qualification_source ON q_sourcing_qualification (source_id);

CREATE TABLE q_sourcing_motor_lot (
    motor_design VARCHAR(200) NOT NULL,
    lot_id       VARCHAR(200) NOT NULL,
    CONSTRAINT pk_q_sourcing_motor_lot PRIMARY KEY (motor_design, lot_id)
);
CREATE INDEX ix_q_sourcing_motor_lot_lot ON q_sourcing_motor_lot (lot_id);

-- Escalation of engineering changes whose requalification fell due undecided.
ALTER TABLE q_change ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE q_change ADD COLUMN escalation_reason VARCHAR(2000);
