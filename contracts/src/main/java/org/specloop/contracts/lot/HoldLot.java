package org.specloop.contracts.lot;

/** A quality engineer holds a lot. */
public record HoldLot(String lotId, String reason, String actor) {
}
