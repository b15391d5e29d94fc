package org.specloop.command.sourcing.ppap;

import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.qualification.PpapElement;
import org.specloop.contracts.qualification.PpapRequirement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan items a PPAP submission adds at a level: one per element the customer must see before the
 * disposition (submitted at levels 1 to 3, the warrant alone at level 4, every element reviewed on site at
 * level 5). Retained elements stay at the supplier and are not asked for.
 */
public final class PpapPlan {
    public static final String EVIDENCE_TYPE = "PPAP_ELEMENT";

    private PpapPlan() {
    }

    public static List<PlanItem> items(int level) {
        List<PlanItem> items = new ArrayList<>();
        for (PpapElement element : PpapElement.values()) {
            if (element.plannedAt(level)) {
                String how = element.requirementAt(level) == PpapRequirement.REVIEW_ON_SITE
                        ? "reviewed at the supplier's manufacturing location" : "submitted";
                items.add(new PlanItem(element.itemId(), "PPAP level " + level + " element " + element.number() + ": "
                        + element.title() + ", " + how, EVIDENCE_TYPE, 1));
            }
        }
        return items;
    }

    /** A plan with the level's items added where it does not already name them (a person may list some). */
    public static List<PlanItem> withElements(Collection<PlanItem> plan, Integer level) {
        List<PlanItem> all = new ArrayList<>(plan);
        if (level == null) {
            return all;
        }
        Set<String> named = plan.stream().map(PlanItem::itemId).collect(Collectors.toSet());
        items(level).stream().filter(item -> !named.contains(item.itemId())).forEach(all::add);
        return all;
    }
}
