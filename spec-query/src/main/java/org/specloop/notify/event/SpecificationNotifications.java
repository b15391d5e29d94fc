package org.specloop.notify.event;

import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.message.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Notifications about specification revisions; the evidence link is the revision with its evidence. */
final class SpecificationNotifications {
    static final String SOURCE = "urn:specloop:specification";
    private final String baseUrl;

    public SpecificationNotifications(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Notification approved(RevisionApproved e, String partNumber, Instant time) {
        Map<String, Object> data = Data.of()
                .put("specificationId", e.specificationId())
                .put("partNumber", partNumber)
                .put("revision", e.revision())
                .put("approvedAt", e.approvedAt())
                .put("effectiveFrom", e.effectiveFrom())
                .put("signatureMeaning", e.signatureMeaning())
                .put("evidence", revisionLink(e.specificationId(), e.revision()))
                .build();
        return new Notification(NotificationTypes.REVISION_APPROVED, SOURCE, e.specificationId(), Severity.INFO, true,
                partNumber, e.specificationId(), time, data);
    }

    /**
     * @param previousLimits the superseded revision's limits in their JSON shape, empty for the first revision
     */
    public Notification effective(RevisionBecameEffective e, List<Map<String, Object>> previousLimits, Instant time) {
        Map<String, Object> data = Data.of()
                .put("specificationId", e.specificationId())
                .put("partNumber", e.partNumber())
                .put("grade", e.grade())
                .put("revision", e.revision())
                .put("supersededRevision", e.supersededRevision())
                .put("effectiveFrom", e.effectiveFrom())
                .put("limitChanges", LimitChanges.between(previousLimits, currentLimits(e)))
                .put("evidence", revisionLink(e.specificationId(), e.revision()))
                .put("supersededEvidence", e.supersededRevision() == null ? null
                        : revisionLink(e.specificationId(), e.supersededRevision()))
                .build();
        return new Notification(NotificationTypes.REVISION_EFFECTIVE, SOURCE, e.specificationId(), Severity.WARNING, true,
                e.partNumber(), e.specificationId(), time, data);
    }

    public static List<Map<String, Object>> currentLimits(RevisionBecameEffective e) {
        return e.content() == null ? List.of() : LimitChanges.shape(e.content().characteristics());
    }

    private String revisionLink(String specificationId, int revision) {
        return baseUrl + "/api/specifications/" + specificationId + "/revisions/" + revision;
    }
}
