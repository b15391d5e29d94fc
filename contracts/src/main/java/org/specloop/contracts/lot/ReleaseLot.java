package org.specloop.contracts.lot;

/** A quality engineer lifts their manual hold; other holds stay. publicReason as in {@link HoldLot}. */
public record ReleaseLot(String lotId, String reason, String actor, String publicReason) {
    public ReleaseLot(String lotId, String reason, String actor) {
        this(lotId, reason, actor, null);
    }
}
