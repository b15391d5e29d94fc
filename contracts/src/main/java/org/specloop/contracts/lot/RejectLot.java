package org.specloop.contracts.lot;

/** A quality engineer rejects a lot; final. publicReason as in {@link HoldLot}. */
public record RejectLot(String lotId, String reason, String actor, String publicReason) {
    public RejectLot(String lotId, String reason, String actor) {
        this(lotId, reason, actor, null);
    }
}
