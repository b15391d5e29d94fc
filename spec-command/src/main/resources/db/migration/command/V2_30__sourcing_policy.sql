-- Command-side lookup tables of the sourcing policies (org.specloop.command.sourcing.policy), all
-- written by the one "sourcing" processor, which handles events strictly in order.

-- The effective revision per spec with its content (sourcing rules, limits, max working temperature).
CREATE TABLE sourcing_spec (
    specification_id VARCHAR(200) NOT NULL PRIMARY KEY,
    part_number      VARCHAR(200) NOT NULL,
    revision         INTEGER      NOT NULL,
    content_json     VARCHAR      NOT NULL
);
CREATE INDEX ix_sourcing_spec_part ON sourcing_spec (part_number);

-- Sources qualified for a spec by approved engineering changes (on top of the revision's own).
CREATE TABLE sourcing_qualified (
    specification_id VARCHAR(200) NOT NULL,
    tier             VARCHAR(30)  NOT NULL,
    source_id        VARCHAR(200) NOT NULL,
    change_id        VARCHAR(200) NOT NULL,
    PRIMARY KEY (specification_id, tier, source_id)
);

-- Every lot with its declared chain, so that held lots can be checked again.
CREATE TABLE sourcing_lot (
    lot_id       VARCHAR(200) NOT NULL PRIMARY KEY,
    part_number  VARCHAR(200) NOT NULL,
    chain_json   VARCHAR      NOT NULL,
    received_on  VARCHAR(10)  NOT NULL,
    rejected     BOOLEAN      NOT NULL,
    source_hold  BOOLEAN      NOT NULL,
    rule_hold    BOOLEAN      NOT NULL
);
CREATE INDEX ix_sourcing_lot_part ON sourcing_lot (part_number);

-- One engineering change per spec and new chain; the key keeps a second change from being raised.
CREATE TABLE sourcing_chain_claim (
    specification_id VARCHAR(200)  NOT NULL,
    chain_key        VARCHAR(2000) NOT NULL,
    change_id        VARCHAR(200)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    PRIMARY KEY (specification_id, chain_key)
);

-- Source-change engineering changes: their spec, swaps and whether they are still open.
CREATE TABLE sourcing_change (
    change_id        VARCHAR(200) NOT NULL PRIMARY KEY,
    specification_id VARCHAR(200),
    swaps_json       VARCHAR      NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    planned          BOOLEAN      NOT NULL
);

CREATE TABLE sourcing_change_lot (
    change_id VARCHAR(200) NOT NULL,
    lot_id    VARCHAR(200) NOT NULL,
    PRIMARY KEY (change_id, lot_id)
);
CREATE INDEX ix_sourcing_change_lot_lot ON sourcing_change_lot (lot_id);

CREATE TABLE sourcing_change_item (
    change_id     VARCHAR(200) NOT NULL,
    item_id       VARCHAR(200) NOT NULL,
    evidence_type VARCHAR(100) NOT NULL,
    PRIMARY KEY (change_id, item_id)
);

-- Evidence already sent to a change, so that rematching after a plan or a new lot sends only news.
CREATE TABLE sourcing_change_evidence (
    change_id          VARCHAR(200) NOT NULL,
    item_id            VARCHAR(200) NOT NULL,
    evidence_reference VARCHAR(500) NOT NULL,
    PRIMARY KEY (change_id, item_id, evidence_reference)
);

-- Facts that may count as evidence, kept because they can arrive before the plan does.
CREATE TABLE sourcing_measurement (
    lot_id          VARCHAR(200)     NOT NULL,
    measurement_id  VARCHAR(200)     NOT NULL,
    sample_id       VARCHAR(200)     NOT NULL,
    temperature_c   DOUBLE PRECISION NOT NULL,
    characteristics VARCHAR(2000)    NOT NULL,
    PRIMARY KEY (lot_id, measurement_id)
);

CREATE TABLE sourcing_motor_point (
    run_id     VARCHAR(200) NOT NULL,
    point_id   VARCHAR(200) NOT NULL,
    lot_id     VARCHAR(200) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    demag_loss DOUBLE PRECISION,
    PRIMARY KEY (run_id, point_id, lot_id)
);
CREATE INDEX ix_sourcing_motor_point_lot ON sourcing_motor_point (lot_id);
