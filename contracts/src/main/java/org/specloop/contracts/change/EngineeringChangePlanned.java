package org.specloop.contracts.change;

import java.time.LocalDate;
import java.util.List;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.qualification.RequalificationRecords;

/** requalification: the records the plan asks for; null on events stored before it existed (the defaults). */
@EventVersion("1")
public record EngineeringChangePlanned(String changeId, List<PlanItem> items, LocalDate dueDate, String planner,
                                       RequalificationRecords requalification) {

    public EngineeringChangePlanned(String changeId, List<PlanItem> items, LocalDate dueDate, String planner) {
        this(changeId, items, dueDate, planner, null);
    }
}
