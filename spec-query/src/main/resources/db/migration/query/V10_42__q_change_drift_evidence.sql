-- Issue 19 item 6: a drift change's structured evidence (source, characteristic, rule, first lot, Phase I
-- limits, the signal's values) as JSON, null on other changes and on drift changes raised before it existed.
ALTER TABLE q_change ADD COLUMN drift_evidence_json VARCHAR(4000);
