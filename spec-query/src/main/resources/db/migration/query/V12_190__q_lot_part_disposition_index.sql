-- The lot list filtered by part and disposition together (what a quality engineer asks for: the held
-- lots of one rotor), newest first: one index answers the filter and the order. With the two
-- single-filter indexes PostgreSQL intersected bitmaps and sorted; in the plant benchmark's reads this
-- halved the database time of a list request (1.05 -> 0.57 ms) and its p99 under 32 readers.
CREATE INDEX ix_q_lot_part_disposition_received ON q_lot (part_number, disposition, received_at);
