-- A retried dead letter and the live processor take this row's lock before handling anything (LoopLock), so the
-- two never decide on the same facts at once.
CREATE TABLE loop_lock (lock_id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO loop_lock (lock_id) VALUES (1);
