-- A subscription may name up to 500 part numbers and 500 specification ids of up to TextLimits.ID (128)
-- characters each, stored as a JSON list: up to 500 * (128 + 3) + 2 = 65502 characters, not 4000.
ALTER TABLE notify_subscription ALTER COLUMN part_numbers SET DATA TYPE VARCHAR(65536);
ALTER TABLE notify_subscription ALTER COLUMN specification_ids SET DATA TYPE VARCHAR(65536);
