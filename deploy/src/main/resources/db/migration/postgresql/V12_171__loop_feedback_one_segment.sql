-- loop-feedback keeps store order by running in one segment, and parks per aggregate (LoopSequencing).
-- Until now all its events were in one sequence named 'loop-feedback', whose hash put them in one of the
-- processor's segments; the others only moved their tokens on. That segment's token is where the loop is:
-- it becomes segment 0, the only one, and the others' tokens go. The segment that owned the sequence is
-- hash('loop-feedback') & (segments - 1) for a processor split evenly into 2^k segments (its initial split).
-- Other splits are left as they are: docs/operations.md says how to merge them before this release.
CREATE TABLE loop_segment_merge (owner_segment INTEGER);
INSERT INTO loop_segment_merge (owner_segment)
SELECT CASE COUNT(*) WHEN 2 THEN 0 WHEN 4 THEN 2 WHEN 8 THEN 6 WHEN 16 THEN 14 WHEN 32 THEN 14 WHEN 64 THEN 14 END
FROM token_entry WHERE processorName = 'loop-feedback'
HAVING MAX(segment) = COUNT(*) - 1 AND MIN(segment) = 0;

DELETE FROM token_entry WHERE processorName = 'loop-feedback'
    AND segment <> (SELECT owner_segment FROM loop_segment_merge WHERE owner_segment IS NOT NULL);
UPDATE token_entry SET segment = 0 WHERE processorName = 'loop-feedback'
    AND segment = (SELECT owner_segment FROM loop_segment_merge WHERE owner_segment IS NOT NULL);
DROP TABLE loop_segment_merge;
