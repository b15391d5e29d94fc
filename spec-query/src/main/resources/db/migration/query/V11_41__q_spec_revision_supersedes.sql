-- The revision an effective revision replaced, so that its page diffs against that revision and not
-- against the one numbered before it (5 superseding 2 was shown against an approved but overtaken 4).
-- Revisions made effective before this version get it when query-specifications is replayed.
ALTER TABLE q_spec_revision ADD COLUMN supersedes_revision INTEGER;
