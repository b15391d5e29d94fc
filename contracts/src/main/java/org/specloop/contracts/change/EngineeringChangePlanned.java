package org.specloop.contracts.change;

import java.time.LocalDate;
import java.util.List;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record EngineeringChangePlanned(String changeId, List<PlanItem> items, LocalDate dueDate, String planner) {
}
