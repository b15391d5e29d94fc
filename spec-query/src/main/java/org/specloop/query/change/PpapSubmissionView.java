package org.specloop.query.change;

import org.specloop.contracts.qualification.PpapElement;
import org.specloop.contracts.qualification.PpapRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A change's AIAG PPAP submission: the 18 elements at the plan's level, each with what the level asks (submit,
 * retain, on request, review on site), its status and evidence, and the part submission warrant's status.
 * Element status: COMPLETE (its plan item has its evidence), PENDING (planned, evidence missing), RETAINED (kept at
 * the supplier, not asked for at this level), NOT_APPLICABLE (the appearance approval report: a magnet has no
 * appearance items). Warrant: OPEN while a planned element is pending, READY for the customer's disposition once
 * all are complete, then APPROVED or REJECTED with the change.
 */
public record PpapSubmissionView(String changeId, int submissionLevel, String warrantStatus, List<Element> elements) {

    public record Element(int number, String name, String itemId, PpapRequirement requirement, String status,
                          List<String> evidenceReferences) {
    }

    public static PpapSubmissionView of(String changeId, int level, List<PlanItemView> items, String decision) {
        Map<String, PlanItemView> byId = items.stream().collect(Collectors.toMap(PlanItemView::itemId, Function.identity()));
        List<Element> elements = new ArrayList<>();
        boolean pending = false;
        for (PpapElement element : PpapElement.values()) {
            PlanItemView item = byId.get(element.itemId());
            String status;
            if (!element.appliesToMagnets()) {
                status = "NOT_APPLICABLE";
            } else if (item != null) {
                status = item.received() >= item.required() ? "COMPLETE" : "PENDING";
            } else {
                status = element.plannedAt(level) ? "PENDING" : "RETAINED";
            }
            pending |= status.equals("PENDING");
            elements.add(new Element(element.number(), element.title(), element.itemId(), element.requirementAt(level), status,
                    item == null ? List.of() : item.evidenceReferences()));
        }
        String warrant = decision != null ? decision : pending ? "OPEN" : "READY";
        return new PpapSubmissionView(changeId, level, warrant, elements);
    }
}
