-- Command-side lookup tables of the lot conformance policy (org.specloop.command.lot.policy).
-- Rebuildable from events: resetting the "lot-conformance" processor refills them.

-- The effective revision per part number, with its characteristic limits as JSON.
CREATE TABLE lot_conformance_revision (
    part_number      VARCHAR(200) NOT NULL PRIMARY KEY,
    specification_id VARCHAR(200) NOT NULL,
    revision         INTEGER      NOT NULL,
    limits_json      VARCHAR      NOT NULL
);

-- The lots received per part number; rejected lots are never re-evaluated.
CREATE TABLE lot_conformance_lot (
    lot_id      VARCHAR(200) NOT NULL PRIMARY KEY,
    part_number VARCHAR(200) NOT NULL,
    rejected    BOOLEAN      NOT NULL
);

CREATE INDEX ix_lot_conformance_lot_part ON lot_conformance_lot (part_number);
