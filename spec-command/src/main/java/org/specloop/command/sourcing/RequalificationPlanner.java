package org.specloop.command.sourcing;

import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.SourceSwap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives a requalification plan from the tiers that changed: each tier's template contributes its
 * items; an item two tiers share (first articles at 20 degC, say) is asked once, with the larger
 * count, and the plan is due when the slowest tier's evidence is due.
 */
public final class RequalificationPlanner {
    private final RequalificationTemplates templates;

    public RequalificationPlanner(RequalificationTemplates templates) {
        this.templates = templates;
    }

    /** maxWorkingTemperatureC may be null (spec unknown): items at that temperature are left out then. */
    public RequalificationPlan plan(List<SourceSwap> swaps, Double maxWorkingTemperatureC, LocalDate raisedOn) {
        List<String> tiers = swaps == null || swaps.isEmpty() ? List.of(RequalificationTemplates.DEFAULT_KEY)
                : swaps.stream().map(s -> s.tier().name()).distinct().toList();
        Map<String, PlanItem> items = new LinkedHashMap<>();
        int dueDays = Integer.MIN_VALUE;
        for (String tier : tiers) {
            RequalificationTemplates.TierTemplate template = templates.forTier(tier);
            dueDays = Math.max(dueDays, template.dueDays());
            for (RequalificationTemplates.TemplateItem item : template.items()) {
                PlanItem resolved = resolve(item, maxWorkingTemperatureC);
                if (resolved != null) {
                    items.merge(resolved.itemId(), resolved, (a, b) -> a.required() >= b.required() ? a : b);
                }
            }
        }
        return new RequalificationPlan(new ArrayList<>(items.values()), raisedOn.plusDays(dueDays));
    }

    private static PlanItem resolve(RequalificationTemplates.TemplateItem item, Double maxWorkingTemperatureC) {
        if (!EvidenceType.MEASUREMENT.equals(item.evidenceType())) {
            return new PlanItem(item.itemId(), item.description(), item.evidenceType(), item.required());
        }
        Double temperature = RequalificationTemplates.MAX_WORKING.equals(item.temperature())
                ? maxWorkingTemperatureC : item.temperature() == null ? Double.valueOf(20.0) : Double.valueOf(item.temperature());
        if (temperature == null) {
            return null;
        }
        String at = Math.round(temperature) + " degC";
        return new PlanItem(item.itemId(), item.description().replace("{temperature}", at),
                EvidenceType.measurementAt(temperature), item.required());
    }
}
