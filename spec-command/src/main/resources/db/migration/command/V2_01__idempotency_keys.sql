-- Responses to creating requests, kept for a day under the client's Idempotency-Key so that a
-- retried request gets the first answer again instead of creating a second object.
CREATE TABLE idempotency_key (
    scoped_key    VARCHAR(600)  NOT NULL PRIMARY KEY,
    fingerprint   VARCHAR(64)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(200),
    location      VARCHAR(2000),
    body          VARCHAR,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
