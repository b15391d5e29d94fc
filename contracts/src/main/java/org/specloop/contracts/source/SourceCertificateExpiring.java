package org.specloop.contracts.source;

import org.specloop.contracts.common.EventVersion;

import java.time.LocalDate;

/**
 * A warning that a source's certificate expires soon: one per certificate and warning threshold
 * (specloop.sourcing.certificate-warning-days), raised on the first day within that many days of expiry.
 *
 * @param warningDays the threshold that was crossed (e.g. 90 or 30)
 * @param daysLeft    days from {@code warnedOn} to {@code expiresOn}
 */
@EventVersion("1")
public record SourceCertificateExpiring(String sourceId, Tier tier, String certificateType, String number,
                                        LocalDate expiresOn, int warningDays, int daysLeft, LocalDate warnedOn) {
}
