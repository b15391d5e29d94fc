-- Every property of a lab measurement, one row each in its canonical unit, so that a lot's measurements
-- can be read back and filtered by property (GET /api/lots/{id}/measurements). Before, only the sample,
-- temperature and lab were kept and HcB, Hk/HcJ or the temperature coefficients were shown nowhere.
-- Lots measured before this version get their values when query-lots is replayed (docs/replay.md).
ALTER TABLE q_lot_measurement ADD COLUMN instrument VARCHAR(256);
CREATE TABLE q_lot_measurement_value (
    lot_id          VARCHAR(200) NOT NULL,
    measurement_id  VARCHAR(200) NOT NULL,
    characteristic  VARCHAR(40)  NOT NULL,
    canonical_value DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_q_lot_measurement_value PRIMARY KEY (lot_id, measurement_id, characteristic)
);
CREATE INDEX ix_q_lot_measurement_sample ON q_lot_measurement (lot_id, sample_id);
