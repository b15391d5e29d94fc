-- The lot conformance policy sequences its events per part number, and a lot's rejection (which names
-- no part) per lot, so a rejection may be handled before, after or beside the lot's receipt, on another
-- segment. Rejections get their own table, written by the lot's sequence only, so that no two sequences
-- write one row. lot_conformance_lot.rejected is no longer written or read.
CREATE TABLE lot_conformance_rejected (
    lot_id VARCHAR(200) NOT NULL PRIMARY KEY
);

INSERT INTO lot_conformance_rejected (lot_id) SELECT lot_id FROM lot_conformance_lot WHERE rejected = TRUE;
