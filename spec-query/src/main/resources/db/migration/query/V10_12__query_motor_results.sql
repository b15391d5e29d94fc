-- Motor results as read back by /api/motor-results: a run (one motor on the rig), the magnet lots
-- in that motor, and the IEC 60034 results of each operating point with its requirement verdicts.
CREATE TABLE q_motor_run (
    run_id             VARCHAR(200) NOT NULL,
    motor_serial       VARCHAR(200),
    motor_design       VARCHAR(200),
    rig_id             VARCHAR(200),
    rated_power_kw     DOUBLE PRECISION,
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_at        TIMESTAMP WITH TIME ZONE,
    points_recorded    INTEGER NOT NULL,
    failed_points      INTEGER NOT NULL,
    CONSTRAINT pk_q_motor_run PRIMARY KEY (run_id)
);
CREATE INDEX ix_q_motor_run_serial ON q_motor_run (motor_serial);
CREATE INDEX ix_q_motor_run_design ON q_motor_run (motor_design);

CREATE TABLE q_motor_run_lot (
    run_id   VARCHAR(200) NOT NULL,
    lot_id   VARCHAR(200) NOT NULL,
    CONSTRAINT pk_q_motor_run_lot PRIMARY KEY (run_id, lot_id)
);
CREATE INDEX ix_q_motor_run_lot_lot ON q_motor_run_lot (lot_id);

CREATE TABLE q_motor_point (
    run_id                 VARCHAR(200) NOT NULL,
    point_id               VARCHAR(200) NOT NULL,
    kind                   VARCHAR(30),
    sample_count           BIGINT NOT NULL,
    mean_speed_rpm         DOUBLE PRECISION,
    mean_torque_nm         DOUBLE PRECISION,
    output_power_w         DOUBLE PRECISION,
    input_power_w          DOUBLE PRECISION,
    efficiency_percent     DOUBLE PRECISION,
    ke_vs_per_rad          DOUBLE PRECISION,
    temperature_rise_k     DOUBLE PRECISION,
    vibration_rms_mm_s     DOUBLE PRECISION,
    demag_loss_percent     DOUBLE PRECISION,
    ie_class_met           VARCHAR(20),
    verdict                VARCHAR(20) NOT NULL,
    verdicts_json          VARCHAR(20000) NOT NULL,
    recorded_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_motor_point PRIMARY KEY (run_id, point_id)
);
