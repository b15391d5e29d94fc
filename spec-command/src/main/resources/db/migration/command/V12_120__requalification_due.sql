-- The due dates of undecided engineering changes, watched by the requalification group (DueDateWatch).
-- It replaces the requalification saga's state and deadlines (V12_121 removes those): a table rebuilt
-- from the change's events, so the group can be replayed like any projection.
CREATE TABLE requalification_due (
    change_id         VARCHAR(200) NOT NULL PRIMARY KEY,
    change_trigger    VARCHAR(40),
    due_date          DATE,
    evidence_complete BOOLEAN      NOT NULL DEFAULT FALSE,
    escalated_for     DATE
);
CREATE INDEX requalification_due_date ON requalification_due (due_date);
