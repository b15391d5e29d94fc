package org.specloop.notify.event;

import org.specloop.contracts.source.SourceCertificateExpired;
import org.specloop.contracts.source.SourceCertificateExpiring;
import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.message.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * News of a supply source for the specifications that qualify it: a qualification at a tier, and a certificate
 * of the source expiring soon or expired. Each belongs to one specification, so it is part-specific: only OEMs
 * entitled to the specification (or its part) hear which sources a customer's magnets may come from. A
 * certificate's news is told once per specification that qualifies the source (QualifiedSourceTable).
 */
final class SourceNotifications {
    static final String SOURCE = "urn:specloop:source";
    static final String NOT_QUALIFIED = "NOT_QUALIFIED";
    static final String QUALIFIED = "QUALIFIED";
    static final String EXPIRING = "EXPIRING";
    static final String EXPIRED = "EXPIRED";
    private final String baseUrl;

    public SourceNotifications(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @param partNumber the specification's part, or null when its creation was never seen (then nobody is told) */
    public Notification qualified(SourceQualified e, String partNumber, Instant time) {
        Map<String, Object> data = Data.of()
                .put("sourceId", e.sourceId())
                .put("tier", e.tier().name())
                .put("specificationId", e.specificationId())
                .put("partNumber", partNumber)
                .put("previousStatus", NOT_QUALIFIED)
                .put("status", QUALIFIED)
                // who approved is internal: the OEM is told through which change, not by whom
                .put("reason", PublicReasons.sourceQualified(e.changeId()))
                .put("changedAt", e.qualifiedAt())
                .put("evidence", baseUrl + "/api/changes/" + e.changeId())
                .build();
        return new Notification(NotificationTypes.SOURCE_QUALIFICATION_CHANGED, SOURCE, e.sourceId(), Severity.WARNING,
                true, partNumber, e.specificationId(), time, data);
    }

    /** Severity WARNING: the source still qualifies, and a renewal before the day keeps it so. */
    public Notification certificateExpiring(SourceCertificateExpiring e, String specificationId, String partNumber,
                                            Instant time) {
        Map<String, Object> data = certificate(e.sourceId(), e.tier().name(), e.certificateType(), e.number(),
                e.expiresOn(), specificationId, partNumber, EXPIRING)
                .put("daysLeft", e.daysLeft())
                .put("warningDays", e.warningDays())
                .put("warnedOn", date(e.warnedOn()))
                .put("evidence", link(e.sourceId()))
                .build();
        return new Notification(NotificationTypes.SOURCE_CERTIFICATE_EXPIRING, SOURCE, e.sourceId(), Severity.WARNING,
                true, partNumber, specificationId, time, data);
    }

    /** Severity CRITICAL: from its expiry day the certificate counts no more, lots needing it are held on receipt. */
    public Notification certificateExpired(SourceCertificateExpired e, String specificationId, String partNumber,
                                           Instant time) {
        Map<String, Object> data = certificate(e.sourceId(), e.tier().name(), e.certificateType(), e.number(),
                e.expiresOn(), specificationId, partNumber, EXPIRED)
                .put("daysSinceExpiry", e.daysSinceExpiry())
                .put("evidence", link(e.sourceId()))
                .build();
        return new Notification(NotificationTypes.SOURCE_CERTIFICATE_EXPIRED, SOURCE, e.sourceId(), Severity.CRITICAL,
                true, partNumber, specificationId, time, data);
    }

    private static Data certificate(String sourceId, String tier, String type, String number, LocalDate expiresOn,
                                    String specificationId, String partNumber, String status) {
        return Data.of()
                .put("sourceId", sourceId)
                .put("tier", tier)
                .put("specificationId", specificationId)
                .put("partNumber", partNumber)
                .put("certificateType", type)
                .put("certificateNumber", number)
                .put("expiresOn", date(expiresOn))
                .put("status", status);
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private String link(String sourceId) {
        return baseUrl + "/api/sources/" + sourceId;
    }
}
