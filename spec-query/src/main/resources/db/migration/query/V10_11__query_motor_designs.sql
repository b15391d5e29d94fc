-- Motor designs as read back by GET /api/motor-designs: one row per design (its current version)
-- and one per version, each with the requirements as the event carried them.
CREATE TABLE q_motor_design (
    design_id          VARCHAR(200) NOT NULL,
    name               VARCHAR(500),
    specification_id   VARCHAR(200),
    current_version    INTEGER      NOT NULL,
    defined_by         VARCHAR(200),
    defined_at         TIMESTAMP WITH TIME ZONE,
    changed_by         VARCHAR(200),
    changed_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_motor_design PRIMARY KEY (design_id)
);
CREATE INDEX ix_q_motor_design_spec ON q_motor_design (specification_id);

CREATE TABLE q_motor_design_version (
    design_id          VARCHAR(200)   NOT NULL,
    version            INTEGER        NOT NULL,
    specification_id   VARCHAR(200),
    requirements_json  VARCHAR(20000) NOT NULL,
    reason             VARCHAR(4000),
    author             VARCHAR(200),
    recorded_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_motor_design_version PRIMARY KEY (design_id, version)
);
