-- Tables of the closed loop (org.specloop.loop.process), filled by the "loop-feedback" processor.
-- The fact tables are rebuildable from events; loop_drift and loop_proposal record what the loop
-- itself did (changes raised, revisions proposed) so that a replay does not do it twice.

-- Lots with the magnet maker of their declared chain; seq orders the control chart.
CREATE TABLE loop_lot (
    lot_id      VARCHAR(200) NOT NULL PRIMARY KEY,
    part_number VARCHAR(200) NOT NULL,
    source_id   VARCHAR(200) NOT NULL,
    received_at TIMESTAMP    NOT NULL,
    seq         BIGINT       NOT NULL
);
CREATE INDEX ix_loop_lot_source ON loop_lot (source_id);

-- One value per lot, sample, characteristic and test temperature (whole degC); a re-measurement replaces it.
CREATE TABLE loop_sample (
    lot_id         VARCHAR(200) NOT NULL,
    sample_id      VARCHAR(200) NOT NULL,
    characteristic VARCHAR(40)  NOT NULL,
    temperature_c  INTEGER      NOT NULL,
    sample_value   DOUBLE PRECISION NOT NULL,
    measured_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (lot_id, sample_id, characteristic, temperature_c)
);

-- Motor results per rig run and operating point, and the lots installed in the motor.
CREATE TABLE loop_motor_point (
    run_id        VARCHAR(200) NOT NULL,
    point_id      VARCHAR(200) NOT NULL,
    motor_serial  VARCHAR(200) NOT NULL,
    design_id     VARCHAR(200) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    efficiency    DOUBLE PRECISION NOT NULL,
    ke            DOUBLE PRECISION,
    demag_loss    DOUBLE PRECISION,
    temp_rise     DOUBLE PRECISION NOT NULL,
    vibration     DOUBLE PRECISION NOT NULL,
    recorded_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (run_id, point_id)
);
CREATE INDEX ix_loop_motor_point_design ON loop_motor_point (design_id);

CREATE TABLE loop_motor_lot (
    run_id VARCHAR(200) NOT NULL,
    lot_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (run_id, lot_id)
);
CREATE INDEX ix_loop_motor_lot_lot ON loop_motor_lot (lot_id);

-- Motor designs with their current requirements (JSON of MotorRequirements).
CREATE TABLE loop_design (
    design_id         VARCHAR(200) NOT NULL PRIMARY KEY,
    name              VARCHAR(500) NOT NULL,
    version           INTEGER      NOT NULL,
    specification_id  VARCHAR(200) NOT NULL,
    requirements_json VARCHAR      NOT NULL
);

-- Specs: the effective content (JSON of RevisionContent) and the revision open for decision, if any.
CREATE TABLE loop_spec (
    specification_id   VARCHAR(200) NOT NULL PRIMARY KEY,
    part_number        VARCHAR(200) NOT NULL,
    effective_revision INTEGER,
    content_json       VARCHAR,
    open_revision      INTEGER,
    open_author        VARCHAR(200)
);

-- Engineering changes as far as the drift watch needs them: declared source changes and their sources.
CREATE TABLE loop_change (
    change_id  VARCHAR(200) NOT NULL PRIMARY KEY,
    change_trigger VARCHAR(40) NOT NULL,
    is_open    BOOLEAN      NOT NULL,
    sources    VARCHAR      NOT NULL,
    lots       VARCHAR      NOT NULL
);

-- Drift changes the loop raised: one open per source and characteristic.
CREATE TABLE loop_drift (
    change_id      VARCHAR(200) NOT NULL PRIMARY KEY,
    source_id      VARCHAR(200) NOT NULL,
    characteristic VARCHAR(40)  NOT NULL,
    rule_id        VARCHAR(100) NOT NULL,
    first_lot      VARCHAR(200) NOT NULL,
    first_seq      BIGINT       NOT NULL,
    last_seq       BIGINT       NOT NULL,
    raised_at      TIMESTAMP    NOT NULL
);
CREATE INDEX ix_loop_drift_source ON loop_drift (source_id, characteristic);

-- Every revision the loop proposed, with its evidence (JSON); status PROPOSED, WITHDRAWN, REJECTED, APPROVED.
CREATE TABLE loop_proposal (
    specification_id VARCHAR(200) NOT NULL,
    revision         INTEGER      NOT NULL,
    status           VARCHAR(40)  NOT NULL,
    limit_key        VARCHAR(100) NOT NULL,
    proposed_limit   DOUBLE PRECISION NOT NULL,
    effective_limit  DOUBLE PRECISION,
    evidence_json    VARCHAR      NOT NULL,
    proposed_at      TIMESTAMP    NOT NULL,
    decided_at       TIMESTAMP,
    decided_by       VARCHAR(200),
    PRIMARY KEY (specification_id, revision)
);

-- The loop's latest view per spec, also when it proposes nothing (waiting, inside the dead band).
CREATE TABLE loop_proposal_state (
    specification_id VARCHAR(200) NOT NULL PRIMARY KEY,
    action           VARCHAR(40)  NOT NULL,
    reason           VARCHAR      NOT NULL,
    evaluated_at     TIMESTAMP    NOT NULL
);
