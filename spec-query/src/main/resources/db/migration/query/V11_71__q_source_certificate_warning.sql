-- Warnings ahead of a certificate's expiry (issue 23): the threshold (e.g. 90 or 30 days) of the latest
-- SourceCertificateExpiring of the certificate held, and the day it was raised; cleared by a renewal.
ALTER TABLE q_source_certificate ADD COLUMN warned_days INTEGER;
ALTER TABLE q_source_certificate ADD COLUMN warned_on VARCHAR(10);
