package org.specloop.contracts.source;

import org.specloop.contracts.common.EventVersion;

import java.time.LocalDate;

/**
 * A source's certificate reached its expiry day without a renewal: from {@code expiresOn} on it no longer counts
 * (docs/sourcing.md). Raised once per certificate expiry, by the first daily watch on or after that day, and only
 * for a certificate warned about ahead (SourceCertificateExpiring): one already expired when it was registered, or
 * before warnings existed, was never news ahead and is none now.
 *
 * @param daysSinceExpiry days from {@code expiresOn} to {@code recordedOn}: 0 when the watch ran on the day
 */
@EventVersion("1")
public record SourceCertificateExpired(String sourceId, Tier tier, String certificateType, String number,
                                       LocalDate expiresOn, int daysSinceExpiry, LocalDate recordedOn) {
}
