package org.specloop.contracts.change;

import java.time.LocalDate;
import java.util.List;

/** Sets the requalification plan: the evidence required and when it is due. */
public record PlanEngineeringChange(String changeId, List<PlanItem> items, LocalDate dueDate, String planner) {
}
