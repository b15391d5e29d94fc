package org.specloop.contracts.source;

/** Adds or renews a certificate of a source. */
public record AddCertificate(String sourceId, Certificate certificate) {
}
