-- Deviation reasons follow TextLimits.REASON (4000) like every other reason; V10_61 sized them for the
-- 2000 that MagnetLot.DEVIATION_REASON_MAX_LENGTH allowed before it became that limit.
ALTER TABLE q_lot_deviation ALTER COLUMN reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_lot_deviation ALTER COLUMN decision_reason SET DATA TYPE VARCHAR(4000);
