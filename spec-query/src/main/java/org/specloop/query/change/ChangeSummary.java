package org.specloop.query.change;

import java.time.Instant;

/** An engineering change as listed on the board. */
public record ChangeSummary(String changeId, String trigger, String title, String specificationId, String status,
                           String raisedBy, Instant raisedAt, String dueDate, String decision, String decidedBy) {
}
