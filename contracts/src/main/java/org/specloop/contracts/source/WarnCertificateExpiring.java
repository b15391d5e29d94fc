package org.specloop.contracts.source;

import java.time.LocalDate;

/** Sent by the certificate watch; the source raises each (certificate, threshold) warning once. */
public record WarnCertificateExpiring(String sourceId, String number, int warningDays, LocalDate today) {
}
