package org.specloop.query.registry;

/** A certificate as held by a source; expired is judged against the day of the query. */
public record CertificateView(String type, String number, String issuer, String validFrom, String expiresOn, boolean expired) {
}
