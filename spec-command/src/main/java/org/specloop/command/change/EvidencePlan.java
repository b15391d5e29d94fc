package org.specloop.command.change;

import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.change.PlanItem;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The evidence a change still needs, per plan item; a reference counts once per item however often it is sent. */
final class EvidencePlan {
    private final Map<String, Integer> required = new LinkedHashMap<>();
    private final Map<String, Set<String>> received = new LinkedHashMap<>();

    static void checkItems(List<PlanItem> items) {
        if (items == null || items.isEmpty()) {
            throw new RuleViolation("empty-plan", "a plan needs at least one item of evidence");
        }
        Set<String> ids = new HashSet<>();
        for (PlanItem item : items) {
            if (item == null || item.itemId() == null || item.itemId().isBlank()) {
                throw new RuleViolation("invalid-plan-item", "every plan item needs an itemId");
            }
            if (!ids.add(item.itemId())) {
                throw new RuleViolation("invalid-plan-item", "plan item '" + item.itemId() + "' appears twice");
            }
            if (item.required() < 1) {
                throw new RuleViolation("invalid-plan-item", "plan item '" + item.itemId() + "' must require at least one piece of evidence");
            }
        }
    }

    void plan(List<PlanItem> items) {
        items.forEach(item -> {
            required.put(item.itemId(), item.required());
            received.put(item.itemId(), new HashSet<>());
        });
    }

    boolean isEmpty() {
        return required.isEmpty();
    }

    int requiredFor(String itemId) {
        Integer count = required.get(itemId);
        if (count == null) {
            throw new RuleViolation("unknown-plan-item", "the plan has no item '" + itemId + "'; it has " + required.keySet());
        }
        return count;
    }

    boolean has(String itemId, String reference) {
        return received.get(itemId).contains(reference);
    }

    int receivedFor(String itemId) {
        return received.get(itemId).size();
    }

    void record(String itemId, String reference) {
        received.get(itemId).add(reference);
    }

    boolean complete() {
        return required.entrySet().stream().allMatch(e -> received.get(e.getKey()).size() >= e.getValue());
    }
}
