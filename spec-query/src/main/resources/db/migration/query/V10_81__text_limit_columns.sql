-- Columns as wide as the text limits the edge enforces (org.specloop.contracts.common.TextLimits):
-- reasons, notes and plan item descriptions up to TextLimits.REASON (4000), labels (lab, evidence type,
-- a certificate's type, number and issuer) up to TextLimits.LABEL (256). Before, a reason of 2001
-- characters was accepted and then stopped the projection that could not store it.
-- SET DATA TYPE only widens: H2 and PostgreSQL keep every value, the key and NOT NULL as they are.
ALTER TABLE q_lot ALTER COLUMN disposition_reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_lot_hold ALTER COLUMN reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_lot_measurement ALTER COLUMN lab SET DATA TYPE VARCHAR(256);
ALTER TABLE q_spec_revision ALTER COLUMN draft_reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_spec_revision ALTER COLUMN decision_reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_change ALTER COLUMN decision_reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_change ALTER COLUMN close_note SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_change ALTER COLUMN escalation_reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_change_item ALTER COLUMN description SET DATA TYPE VARCHAR(4000);
ALTER TABLE q_change_item ALTER COLUMN evidence_type SET DATA TYPE VARCHAR(256);
ALTER TABLE q_source_certificate ALTER COLUMN cert_type SET DATA TYPE VARCHAR(256);
ALTER TABLE q_source_certificate ALTER COLUMN cert_number SET DATA TYPE VARCHAR(256);
ALTER TABLE q_source_certificate ALTER COLUMN issuer SET DATA TYPE VARCHAR(256);
ALTER TABLE notify_lot ALTER COLUMN hold_reason SET DATA TYPE VARCHAR(4000);
