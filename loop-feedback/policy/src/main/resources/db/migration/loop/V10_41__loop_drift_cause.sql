-- Issue 19: one drift change per source and cause (Br and (BH)max are one cause), and monitoring that
-- restarts after a rejected change and re-baselines after an approved one. The seq columns hold the
-- newest lot when the change was approved or ended, so that a replay draws the same line.
ALTER TABLE loop_drift ADD COLUMN cause VARCHAR(40);
ALTER TABLE loop_change ADD COLUMN approved_seq BIGINT;
ALTER TABLE loop_change ADD COLUMN ended_seq BIGINT;
ALTER TABLE loop_change ADD COLUMN rejected BOOLEAN;
