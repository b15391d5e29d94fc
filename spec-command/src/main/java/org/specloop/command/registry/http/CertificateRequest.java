package org.specloop.command.registry.http;

import java.time.LocalDate;

/** A certificate as the client sends it (POST /api/sources/{id}/certificates, or inside a registration). */
record CertificateRequest(String type, String number, String issuer, LocalDate validFrom, LocalDate expiresOn) {
}
