-- Disqualification as a sourcing fact (issue 23): a disqualified source qualifies no lot, so the sourcing policy keeps
-- the reason with the registry's other facts. NULL: qualified (rows written before this migration included).
ALTER TABLE sourcing_source ADD COLUMN disqualified_reason VARCHAR;
