package org.specloop.query.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A supply source; every expired certificate is a finding and is listed by type, and every certificate warned
 * about ahead of its expiry (SourceCertificateExpiring) and not yet expired is listed under expiringCertificates.
 * {@code disqualifiedReason}: why the source was disqualified (SupplySourceDisqualified), null while it is not.
 */
public record SourceView(String sourceId, String name, String tier, String country, List<String> suppliesTo,
                         List<CertificateView> certificates, List<String> expiredCertificates,
                         boolean hasExpiredCertificate, List<CertificateView> expiringCertificates, LocalDate asOf,
                         boolean disqualified, String disqualifiedReason) {

    public SourceView(String sourceId, String name, String tier, String country, List<String> suppliesTo,
                      List<CertificateView> certificates, List<String> expiredCertificates,
                      boolean hasExpiredCertificate, List<CertificateView> expiringCertificates, LocalDate asOf) {
        this(sourceId, name, tier, country, suppliesTo, certificates, expiredCertificates, hasExpiredCertificate,
                expiringCertificates, asOf, false, null);
    }
}
