-- Certificates with consequences (issue 23): the sourcing policy judges required certificate kinds per tier, so it
-- keeps each registered source's certificates, and which lots are released (released stock is never re-judged).
-- Rows written before this migration have no certificates until the "sourcing" processor is replayed.
ALTER TABLE sourcing_source ADD COLUMN certificates_json VARCHAR;
ALTER TABLE sourcing_lot ADD COLUMN released BOOLEAN DEFAULT FALSE NOT NULL;

-- The certificate watch's last judged day: one row, claimed by a conditional update so that one node of a cluster
-- re-judges stock and warns of expiring certificates per day.
CREATE TABLE sourcing_certificate_watch (
    watch_id  VARCHAR(20) NOT NULL PRIMARY KEY,
    judged_on VARCHAR(10) NOT NULL
);
