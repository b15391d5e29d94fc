package org.specloop.query.registry;

/**
 * A certificate as held by a source, judged against the day of the query: expired from its expiresOn day on (the
 * day it no longer qualifies the source for new lots), daysLeft until then (null without an expiry), and the
 * threshold of the latest expiry warning raised for it (null if none).
 */
public record CertificateView(String type, String number, String issuer, String validFrom, String expiresOn, boolean expired,
                              Long daysLeft, Integer warnedDays) {

    public CertificateView(String type, String number, String issuer, String validFrom, String expiresOn, boolean expired) {
        this(type, number, issuer, validFrom, expiresOn, expired, null, null);
    }

    /** Warned about and not yet expired: listed under the source's expiringCertificates. */
    public boolean expiring() {
        return warnedDays != null && !expired;
    }
}
