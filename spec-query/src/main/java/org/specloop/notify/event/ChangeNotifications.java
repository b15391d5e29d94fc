package org.specloop.notify.event;

import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.message.Severity;

import java.time.Instant;
import java.util.Map;

/**
 * Notifications about engineering changes. Affected lots are sent as a count only: their ids are
 * internal, and the OEM learns about its own lots through the lot notifications.
 */
final class ChangeNotifications {
    static final String SOURCE = "urn:specloop:change";
    private final String baseUrl;

    public ChangeNotifications(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Notification raised(EngineeringChangeRaised e, String partNumber, Instant time) {
        Map<String, Object> data = Data.of()
                .put("changeId", e.changeId())
                .put("specificationId", e.specificationId())
                .put("partNumber", partNumber)
                .put("trigger", e.trigger())
                .put("title", e.title())
                .put("description", e.description())
                .put("sourceChanges", e.sourceChanges() == null ? java.util.List.of() : e.sourceChanges().stream()
                        .map(swap -> Data.of().put("tier", swap.tier()).put("previousSourceId", swap.previousSourceId())
                                .put("newSourceId", swap.newSourceId()).build())
                        .toList())
                .put("affectedLotCount", e.affectedLots() == null ? 0 : e.affectedLots().size())
                .put("status", "RAISED")
                .put("raisedAt", e.raisedAt())
                .put("evidence", link(e.changeId()))
                .build();
        return new Notification(NotificationTypes.CHANGE_RAISED, SOURCE, e.changeId(), Severity.WARNING, true,
                partNumber, e.specificationId(), time, data);
    }

    public Notification approved(EngineeringChangeApproved e, SubjectTable.ChangeInfo change, Instant time) {
        return decided(NotificationTypes.CHANGE_APPROVED, e.changeId(), change, "APPROVED", e.publicReason(), e.approvedAt(),
                time);
    }

    public Notification rejected(EngineeringChangeRejected e, SubjectTable.ChangeInfo change, Instant time) {
        return decided(NotificationTypes.CHANGE_REJECTED, e.changeId(), change, "REJECTED", e.publicReason(), e.rejectedAt(),
                time);
    }

    private Notification decided(String type, String changeId, SubjectTable.ChangeInfo change, String decision,
                                 String publicReason, Instant decidedAt, Instant time) {
        Map<String, Object> data = Data.of()
                .put("changeId", changeId)
                .put("specificationId", change.specificationId())
                .put("partNumber", change.partNumber())
                .put("previousStatus", "RAISED")
                .put("status", decision)
                // the signer's reason is internal; OEMs read the public reason the signer gave, else a standard text
                .put("reason", PublicReasons.changeDecided(decision, publicReason))
                .put("decidedAt", decidedAt)
                .put("evidence", link(changeId))
                .build();
        return new Notification(type, SOURCE, changeId, Severity.INFO, true, change.partNumber(),
                change.specificationId(), time, data);
    }

    private String link(String changeId) {
        return baseUrl + "/api/changes/" + changeId;
    }
}
