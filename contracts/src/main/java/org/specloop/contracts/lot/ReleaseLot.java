package org.specloop.contracts.lot;

/** A quality engineer lifts their manual hold; other holds stay. */
public record ReleaseLot(String lotId, String reason, String actor) {
}
