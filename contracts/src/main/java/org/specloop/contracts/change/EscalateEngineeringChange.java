package org.specloop.contracts.change;

import java.time.LocalDate;

/** The requalification due date passed without a decision: escalate the change. */
public record EscalateEngineeringChange(String changeId, LocalDate dueDate, String reason, String escalatedBy) {
}
