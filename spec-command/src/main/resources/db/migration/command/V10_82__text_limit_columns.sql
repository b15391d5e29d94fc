-- The sourcing policy keeps a change's plan items by evidence type, which the edge accepts up to
-- TextLimits.LABEL (256) characters; a longer type than the column held would have stopped the policy.
ALTER TABLE sourcing_change_item ALTER COLUMN evidence_type SET DATA TYPE VARCHAR(256);
