-- Axon infrastructure tables, column names as Axon's JDBC schemas expect them (unquoted camelCase,
-- folded to lower case by PostgreSQL). Table names are set in AxonInfrastructureConfiguration.

CREATE TABLE domain_event_entry (
    globalIndex         BIGSERIAL    NOT NULL PRIMARY KEY,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventIdentifier     VARCHAR(255) NOT NULL UNIQUE,
    metaData            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    -- the optimistic lock of every aggregate: a second writer of the same sequence fails and retries
    CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE snapshot_event_entry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL UNIQUE,
    metaData            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE token_entry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

CREATE TABLE saga_entry (
    sagaId         VARCHAR(255) NOT NULL PRIMARY KEY,
    revision       VARCHAR(255),
    sagaType       VARCHAR(255),
    serializedSaga BYTEA
);

CREATE TABLE association_value_entry (
    id               BIGSERIAL    NOT NULL PRIMARY KEY,
    associationKey   VARCHAR(255) NOT NULL,
    associationValue VARCHAR(255),
    sagaType         VARCHAR(255) NOT NULL,
    sagaId           VARCHAR(255) NOT NULL
);
CREATE INDEX association_value_lookup ON association_value_entry (sagaType, associationKey, associationValue);
CREATE INDEX association_value_saga ON association_value_entry (sagaId, sagaType);

CREATE TABLE dead_letter_entry (
    deadLetterIdentifier VARCHAR(255)  NOT NULL PRIMARY KEY,
    processingGroup      VARCHAR(255)  NOT NULL,
    sequenceIdentifier   VARCHAR(255)  NOT NULL,
    sequenceIndex        BIGINT        NOT NULL,
    messageType          VARCHAR(255)  NOT NULL,
    eventIdentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadType          VARCHAR(255)  NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255)  NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX dead_letter_processing_group ON dead_letter_entry (processingGroup);
CREATE INDEX dead_letter_sequence ON dead_letter_entry (processingGroup, sequenceIdentifier);
