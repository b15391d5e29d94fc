package org.specloop.contracts.lot;

/** A quality engineer rejects a lot; final. */
public record RejectLot(String lotId, String reason, String actor) {
}
