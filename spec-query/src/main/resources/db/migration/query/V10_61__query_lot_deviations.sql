-- Material review of a lot: each deviation asked for it, and how it was decided (signed or refused).
-- Reasons are bounded to 2000 characters by the command side (MagnetLot.DEVIATION_REASON_MAX_LENGTH).
CREATE TABLE q_lot_deviation (
    lot_id             VARCHAR(200)  NOT NULL,
    deviation_id       VARCHAR(200)  NOT NULL,
    disposition        VARCHAR(30)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    reason             VARCHAR(2000),
    requested_by       VARCHAR(200),
    requested_at       TIMESTAMP WITH TIME ZONE,
    verdict            VARCHAR(20),
    specification_id   VARCHAR(200),
    revision           INTEGER,
    decided_by         VARCHAR(200),
    decision_reason    VARCHAR(2000),
    signature_meaning  VARCHAR(20),
    decided_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_q_lot_deviation PRIMARY KEY (lot_id, deviation_id)
);
