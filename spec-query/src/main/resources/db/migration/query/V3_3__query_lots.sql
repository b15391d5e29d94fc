CREATE TABLE q_lot (
    lot_id             VARCHAR(200) NOT NULL,
    supplier_id        VARCHAR(200),
    part_number        VARCHAR(200),
    grade              VARCHAR(100),
    quantity           BIGINT,
    chain_json         VARCHAR(1000000),
    custody_model      VARCHAR(40),
    certificates_json  VARCHAR(100000),
    received_at        TIMESTAMP WITH TIME ZONE,
    disposition        VARCHAR(30)  NOT NULL,
    disposition_reason VARCHAR(2000),
    disposition_by     VARCHAR(200),
    disposition_at     TIMESTAMP WITH TIME ZONE,
    last_verdict       VARCHAR(20),
    evaluated_spec_id  VARCHAR(200),
    evaluated_revision INTEGER,
    evaluated_at       TIMESTAMP WITH TIME ZONE,
    evaluation_trigger VARCHAR(200),
    results_json       VARCHAR(1000000),
    CONSTRAINT pk_q_lot PRIMARY KEY (lot_id)
);
CREATE INDEX ix_q_lot_part ON q_lot (part_number);
CREATE INDEX ix_q_lot_supplier ON q_lot (supplier_id);
CREATE INDEX ix_q_lot_disposition ON q_lot (disposition);

CREATE TABLE q_lot_hold (
    lot_id    VARCHAR(200) NOT NULL,
    category  VARCHAR(30)  NOT NULL,
    reason    VARCHAR(2000),
    actor     VARCHAR(200),
    held_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_lot_hold PRIMARY KEY (lot_id, category)
);

CREATE TABLE q_lot_measurement (
    lot_id              VARCHAR(200) NOT NULL,
    measurement_id      VARCHAR(200) NOT NULL,
    sample_id           VARCHAR(200),
    test_temperature_c  DOUBLE PRECISION,
    lab                 VARCHAR(200),
    method              VARCHAR(60),
    measured_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_lot_measurement PRIMARY KEY (lot_id, measurement_id)
);
