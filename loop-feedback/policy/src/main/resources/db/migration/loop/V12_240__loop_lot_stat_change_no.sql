-- Issue 24: the drift watch keeps its charts' points between the loop's batches (ChartPoints) and reads only the
-- statistics rows written since. Every write of a row stamps it with a number above every stamp so far; rows from
-- before are 0. Reading a source's 10,000 lots per chart and batch (47 ms in PostgreSQL alone at 10^6) held
-- loop-feedback 80,000-120,000 events behind at the end of the plant's load.
ALTER TABLE loop_lot_stat ADD COLUMN change_no BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX ix_loop_lot_stat_change_no ON loop_lot_stat (change_no);
