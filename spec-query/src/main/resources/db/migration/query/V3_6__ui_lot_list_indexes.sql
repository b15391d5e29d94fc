-- The workspace lists lots newest first, optionally filtered by disposition or part: with these
-- the first page is read from the index instead of sorting every lot (10,000 lots and more).
CREATE INDEX ix_q_lot_received ON q_lot (received_at, lot_id);
CREATE INDEX ix_q_lot_disposition_received ON q_lot (disposition, received_at);
CREATE INDEX ix_q_lot_part_received ON q_lot (part_number, received_at);
