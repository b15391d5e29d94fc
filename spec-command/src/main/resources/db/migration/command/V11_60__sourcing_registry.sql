-- The supply source registry as the sourcing policy reads it (issue 23): every declared link of a lot is
-- checked against it. Written by the "sourcing" processor from SupplySourceRegistered / SupplySourceRelocated.
CREATE TABLE sourcing_source (
    source_id VARCHAR(200) NOT NULL PRIMARY KEY,
    tier      VARCHAR(30)  NOT NULL,
    country   VARCHAR(10)  NOT NULL
);
