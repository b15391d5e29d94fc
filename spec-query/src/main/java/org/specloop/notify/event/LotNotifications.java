package org.specloop.notify.event;

import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.message.Severity;

import java.time.Instant;
import java.util.Map;

/**
 * Notifications about lot dispositions, with the lot's previous state and public hold reason as the old
 * value. "reason" is always the public reason (PublicReasons), never the internal one of the event.
 */
final class LotNotifications {
    static final String SOURCE = "urn:specloop:lot";
    private final String baseUrl;

    public LotNotifications(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The public reason of a hold, also remembered as the lot's previousHoldReason for later notifications. */
    public static String publicReason(LotHeld e, String specificationId, Integer revision) {
        return PublicReasons.held(e.category(), e.publicReason(), specificationId, revision);
    }

    public Notification held(LotHeld e, String publicReason, SubjectTable.LotInfo lot, String specificationId, Instant time) {
        Map<String, Object> data = base(e.lotId(), lot, specificationId, "HELD")
                .put("holdCategory", e.category())
                .put("reason", publicReason)
                .put("heldAt", e.heldAt())
                .put("evidence", link(e.lotId()))
                .build();
        return new Notification(NotificationTypes.LOT_HELD, SOURCE, e.lotId(), Severity.CRITICAL, true,
                lot.partNumber(), specificationId, time, data);
    }

    public Notification released(LotReleased e, SubjectTable.LotInfo lot, String specificationId, Instant time) {
        Map<String, Object> data = base(e.lotId(), lot, specificationId, "RELEASED")
                .put("reason", PublicReasons.released(e.publicReason()))
                .put("releasedAt", e.releasedAt())
                .put("evidence", link(e.lotId()))
                .build();
        return new Notification(NotificationTypes.LOT_RELEASED, SOURCE, e.lotId(), Severity.INFO, true,
                lot.partNumber(), specificationId, time, data);
    }

    public Notification rejected(LotRejected e, SubjectTable.LotInfo lot, String specificationId, Instant time) {
        Map<String, Object> data = base(e.lotId(), lot, specificationId, "REJECTED")
                .put("reason", PublicReasons.rejected(e.publicReason()))
                .put("rejectedAt", e.rejectedAt())
                .put("evidence", link(e.lotId()))
                .build();
        return new Notification(NotificationTypes.LOT_REJECTED, SOURCE, e.lotId(), Severity.CRITICAL, true,
                lot.partNumber(), specificationId, time, data);
    }

    private static Data base(String lotId, SubjectTable.LotInfo lot, String specificationId, String state) {
        return Data.of()
                .put("lotId", lotId)
                .put("partNumber", lot.partNumber())
                .put("specificationId", specificationId)
                .put("previousState", lot.state())
                .put("previousHoldReason", "HELD".equals(lot.state()) ? lot.holdReason() : null)
                .put("state", state);
    }

    private String link(String lotId) {
        return baseUrl + "/api/lots/" + lotId;
    }
}
