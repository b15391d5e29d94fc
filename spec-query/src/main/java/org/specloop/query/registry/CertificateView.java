package org.specloop.query.registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    /** A certificate row judged as of {@code today}: every page that shows certificates flags them the same way. */
    public static CertificateView judged(String type, String number, String issuer, String validFrom, String expiresOn,
                                         Integer warnedDays, LocalDate today) {
        return new CertificateView(type, number, issuer, validFrom, expiresOn,
                expiresOn != null && expiresOn.compareTo(today.toString()) <= 0,
                expiresOn == null ? null : ChronoUnit.DAYS.between(today, LocalDate.parse(expiresOn)), warnedDays);
    }

    /** Warned about and not yet expired: listed under the source's expiringCertificates. */
    public boolean expiring() {
        return warnedDays != null && !expired;
    }
}
