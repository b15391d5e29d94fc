package org.specloop.contracts.change;

/** Closes a decided change. */
public record CloseEngineeringChange(String changeId, String closedBy, String note) {
}
