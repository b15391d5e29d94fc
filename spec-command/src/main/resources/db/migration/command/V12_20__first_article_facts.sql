-- First article records of source changes (issue 23): the evidence policy builds an AS9102 record from the
-- measured values of the change's lots, so it keeps the values, the tooling and the instant of each measurement
-- (a later measurement of a sample is a re-test), the supplier and grade of each lot, and each spec's title (the
-- part name). Rows written before this migration have none of these until the "sourcing" processor is replayed:
-- their values count as not measured.
ALTER TABLE sourcing_measurement ADD COLUMN values_json VARCHAR;
ALTER TABLE sourcing_measurement ADD COLUMN tooling VARCHAR;
ALTER TABLE sourcing_measurement ADD COLUMN measured_at_ms BIGINT;
ALTER TABLE sourcing_lot ADD COLUMN supplier_id VARCHAR(200);
ALTER TABLE sourcing_lot ADD COLUMN grade VARCHAR;

CREATE TABLE sourcing_spec_title (
    specification_id VARCHAR(200) NOT NULL PRIMARY KEY,
    title            VARCHAR
);
