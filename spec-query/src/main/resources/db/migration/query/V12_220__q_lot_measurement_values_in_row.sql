-- A measurement's properties move into its own row, one column per characteristic (named after it, as
-- MeasuredColumns names them), null where it was not measured. One row per property made query-lots write
-- three or more indexed rows per measurement, two thirds of PostgreSQL's work in a replay (docs/benchmarks.md).
ALTER TABLE q_lot_measurement ADD COLUMN br DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN hcb DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN hcj DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN bh_max DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN hk DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN squareness DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN recoil_permeability DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN alpha_br DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN beta_hcj DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN density DOUBLE PRECISION;
ALTER TABLE q_lot_measurement ADD COLUMN irreversible_flux_loss DOUBLE PRECISION;

-- the values already stored, each into its column of its measurement's row
UPDATE q_lot_measurement m SET
    br = (SELECT v.canonical_value FROM q_lot_measurement_value v
          WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'BR'),
    hcb = (SELECT v.canonical_value FROM q_lot_measurement_value v
           WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'HCB'),
    hcj = (SELECT v.canonical_value FROM q_lot_measurement_value v
           WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'HCJ'),
    bh_max = (SELECT v.canonical_value FROM q_lot_measurement_value v
              WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'BH_MAX'),
    hk = (SELECT v.canonical_value FROM q_lot_measurement_value v
          WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'HK'),
    squareness = (SELECT v.canonical_value FROM q_lot_measurement_value v
                  WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'SQUARENESS'),
    recoil_permeability = (SELECT v.canonical_value FROM q_lot_measurement_value v
                           WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id
                           AND v.characteristic = 'RECOIL_PERMEABILITY'),
    alpha_br = (SELECT v.canonical_value FROM q_lot_measurement_value v
                WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'ALPHA_BR'),
    beta_hcj = (SELECT v.canonical_value FROM q_lot_measurement_value v
                WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'BETA_HCJ'),
    density = (SELECT v.canonical_value FROM q_lot_measurement_value v
               WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id AND v.characteristic = 'DENSITY'),
    irreversible_flux_loss = (SELECT v.canonical_value FROM q_lot_measurement_value v
                              WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id
                              AND v.characteristic = 'IRREVERSIBLE_FLUX_LOSS')
WHERE EXISTS (SELECT 1 FROM q_lot_measurement_value v WHERE v.lot_id = m.lot_id AND v.measurement_id = m.measurement_id);

DROP TABLE q_lot_measurement_value;
