-- Who dropped a draft revision and when (status DISCARDED); the reason goes into decision_reason
-- like a rejection's. Drafts discarded before this version cannot exist: the event is new with it.
ALTER TABLE q_spec_revision ADD COLUMN discarded_by VARCHAR(200);
ALTER TABLE q_spec_revision ADD COLUMN discarded_at TIMESTAMP WITH TIME ZONE;
