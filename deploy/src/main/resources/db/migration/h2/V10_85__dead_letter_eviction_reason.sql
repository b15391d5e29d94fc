-- An eviction's reason is an administrator's reason like any other: TextLimits.REASON (4000) characters
-- (DeadLetterAdmin.MAX_REASON_LENGTH), not the 1000 V10_71 gave it.
ALTER TABLE dead_letter_eviction ALTER COLUMN reason SET DATA TYPE VARCHAR(4000);
