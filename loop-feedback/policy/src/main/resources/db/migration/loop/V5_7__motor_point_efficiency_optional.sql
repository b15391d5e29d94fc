-- A no-load point has no efficiency (no shaft power), only Ke: MotorPerformanceRecorded carries
-- efficiencyPercent null for it. With the column NOT NULL its insert failed; on PostgreSQL the failed
-- statement aborts the processor's transaction, so loop-feedback retried that batch forever.
ALTER TABLE loop_motor_point ALTER COLUMN efficiency DROP NOT NULL;
