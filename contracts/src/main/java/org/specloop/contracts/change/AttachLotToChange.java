package org.specloop.contracts.change;

/** Another lot from the same changed chain joins the open change. */
public record AttachLotToChange(String changeId, String lotId) {
}
