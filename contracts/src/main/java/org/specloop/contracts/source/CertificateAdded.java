package org.specloop.contracts.source;

import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record CertificateAdded(String sourceId, Certificate certificate) {
}
