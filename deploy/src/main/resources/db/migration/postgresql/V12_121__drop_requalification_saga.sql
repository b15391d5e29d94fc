-- The requalification saga is gone (its planning is RequalificationPolicy, its due dates DueDateWatch in the
-- replayable requalification group): its instances, its processor's tokens and dead letters, and the
-- db-scheduler table that held its deadlines. Undecided changes are picked up again by the new group, which
-- starts with a replay of the store (no plan is sent again for past events).
DELETE FROM association_value_entry WHERE sagaType LIKE '%RequalificationSaga';
DELETE FROM saga_entry WHERE sagaType LIKE '%RequalificationSaga';
DELETE FROM token_entry WHERE processorName = 'RequalificationSagaProcessor';
DELETE FROM dead_letter_entry WHERE processingGroup = 'RequalificationSagaProcessor';
DROP TABLE scheduled_tasks;
