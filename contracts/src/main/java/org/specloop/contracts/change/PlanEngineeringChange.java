package org.specloop.contracts.change;

import java.time.LocalDate;
import java.util.List;
import org.specloop.contracts.qualification.RequalificationRecords;

/**
 * Sets the requalification plan: the evidence required and when it is due, and the records it asks for
 * (null: the defaults, a first article for a source change and no PPAP).
 */
public record PlanEngineeringChange(String changeId, List<PlanItem> items, LocalDate dueDate, String planner,
                                    RequalificationRecords requalification) {

    public PlanEngineeringChange(String changeId, List<PlanItem> items, LocalDate dueDate, String planner) {
        this(changeId, items, dueDate, planner, null);
    }
}
