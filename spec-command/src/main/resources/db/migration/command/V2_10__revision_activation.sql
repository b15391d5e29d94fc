-- Approved spec revisions whose effective instant is still ahead; the activation scheduler
-- polls this table and sends ActivateRevision once a row is due. Written only by the
-- revision-activation processor, so it can be rebuilt by replaying that processor.
CREATE TABLE revision_activation_pending (
    specification_id VARCHAR(200)             NOT NULL,
    revision         INTEGER                  NOT NULL,
    effective_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (specification_id, revision)
);

CREATE INDEX revision_activation_pending_due ON revision_activation_pending (effective_from);
