package org.specloop.command.sourcing;

import org.specloop.contracts.change.PlanItem;

import java.time.LocalDate;
import java.util.List;

/** The evidence a source change needs and when it is due. */
public record RequalificationPlan(List<PlanItem> items, LocalDate dueDate) {
    public RequalificationPlan {
        items = List.copyOf(items);
    }
}
