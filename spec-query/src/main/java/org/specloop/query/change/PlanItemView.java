package org.specloop.query.change;

import java.util.List;

/** One piece of required evidence and how much of it has come in. */
public record PlanItemView(String itemId, String description, String evidenceType, int received, int required,
                           List<String> evidenceReferences) {
}
