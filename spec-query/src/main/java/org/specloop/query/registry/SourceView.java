package org.specloop.query.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A supply source; every expired certificate is a finding and is listed by type, and every certificate warned
 * about ahead of its expiry (SourceCertificateExpiring) and not yet expired is listed under expiringCertificates.
 */
public record SourceView(String sourceId, String name, String tier, String country, List<String> suppliesTo,
                         List<CertificateView> certificates, List<String> expiredCertificates,
                         boolean hasExpiredCertificate, List<CertificateView> expiringCertificates, LocalDate asOf) {
}
