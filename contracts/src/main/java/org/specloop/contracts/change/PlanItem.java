package org.specloop.contracts.change;

/** One piece of evidence the change needs, e.g. first-article measurements of N samples. */
public record PlanItem(String itemId, String description, String evidenceType, int required) {
}
