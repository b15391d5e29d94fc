-- Count and sum of each lot's samples per characteristic and whole-degree test temperature, kept by
-- the loop with every sample it records. The drift check redraws a source's control chart after each
-- measurement; read from loop_sample it scanned every sample of the source, so each measurement cost
-- more than the one before (100 measurements/s at 10^5, falling). One row per lot keeps it flat.
CREATE TABLE loop_lot_stat (
    lot_id         VARCHAR(200)     NOT NULL,
    characteristic VARCHAR(40)      NOT NULL,
    temperature_c  INTEGER          NOT NULL,
    sample_count   INTEGER          NOT NULL,
    value_sum      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (lot_id, characteristic, temperature_c)
);

INSERT INTO loop_lot_stat (lot_id, characteristic, temperature_c, sample_count, value_sum)
SELECT lot_id, characteristic, temperature_c, COUNT(*), SUM(sample_value)
FROM loop_sample
GROUP BY lot_id, characteristic, temperature_c;
