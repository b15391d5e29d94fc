package org.specloop.contracts.lot;

/**
 * A quality engineer holds a lot. reason is internal; publicReason, when given, is the text OEMs
 * are told (docs/notifications.md), else they get a standard text for a manual hold.
 */
public record HoldLot(String lotId, String reason, String actor, String publicReason) {
    public HoldLot(String lotId, String reason, String actor) {
        this(lotId, reason, actor, null);
    }
}
