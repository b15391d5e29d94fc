-- Dead letters an administrator evicted (org.specloop.app.deadletter): Axon deletes the row from
-- dead_letter_entry, so this is the only trace of the event that was given up on, who did it and why.
-- One row per evicted entry; evicting a whole sequence writes one row per event in it.
CREATE TABLE dead_letter_eviction (
    eviction_id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255),
    dead_letter_id       VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    enqueued_at          TIMESTAMP,
    evicted_by           VARCHAR(255)  NOT NULL,
    evicted_at           TIMESTAMP     NOT NULL,
    reason               VARCHAR(1000) NOT NULL
);
CREATE INDEX dead_letter_eviction_group ON dead_letter_eviction (processing_group, evicted_at);
