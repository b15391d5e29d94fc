package org.specloop.contracts.source;

import java.time.LocalDate;

/**
 * Sent by the certificate watch for a certificate whose expiry day has come; the source records each expiry once,
 * and only of a certificate it warned about ahead (SourceCertificateExpired).
 */
public record RecordCertificateExpiry(String sourceId, String number, LocalDate today) {
}
