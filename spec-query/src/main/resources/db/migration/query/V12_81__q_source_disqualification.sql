-- Disqualification of a source (issue 23): why a quality engineer withdrew its qualification; NULL while qualified.
ALTER TABLE q_source ADD COLUMN disqualified_reason VARCHAR(4000);
