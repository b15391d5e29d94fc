-- A change's description is free text of up to 100,000 characters (EngineeringChange.DESCRIPTION_MAX_LENGTH).
-- At 4,000 a drift change listing 200 affected lots did not fit: the insert failed and query-changes stopped
-- at that event (found by the 10^6 replay benchmark).
ALTER TABLE q_change ALTER COLUMN description SET DATA TYPE VARCHAR(100000);
