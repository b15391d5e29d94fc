package org.specloop.notify.event;

import org.specloop.contracts.specification.CharacteristicLimit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Old and new limits of a revision change, per requirement (characteristic at a test temperature),
 * so an OEM sees what changed without fetching both revisions. Limits are kept in their JSON shape
 * because the superseded ones come back from the lookup table as JSON.
 */
final class LimitChanges {

    private LimitChanges() {
    }

    static List<Map<String, Object>> shape(List<CharacteristicLimit> limits) {
        List<Map<String, Object>> shaped = new ArrayList<>();
        for (CharacteristicLimit limit : limits) {
            shaped.add(Data.of()
                    .put("key", limit.key())
                    .put("characteristic", limit.characteristic().symbol())
                    .put("unit", limit.unit())
                    .put("testTemperatureC", limit.testTemperatureC())
                    .put("min", limit.min())
                    .put("max", limit.max())
                    .put("target", limit.target())
                    .build());
        }
        return shaped;
    }

    /** Added, removed and changed requirements; unchanged ones are left out. */
    static List<Map<String, Object>> between(List<Map<String, Object>> previous, List<Map<String, Object>> current) {
        Map<Object, Map<String, Object>> before = byKey(previous);
        Map<Object, Map<String, Object>> after = byKey(current);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Map.Entry<Object, Map<String, Object>> entry : after.entrySet()) {
            Map<String, Object> old = before.get(entry.getKey());
            if (old == null || !sameBounds(old, entry.getValue())) {
                changes.add(change(entry.getValue(), old, entry.getValue()));
            }
        }
        for (Map.Entry<Object, Map<String, Object>> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                changes.add(change(entry.getValue(), entry.getValue(), null));
            }
        }
        return changes;
    }

    private static Map<String, Object> change(Map<String, Object> which, Map<String, Object> old, Map<String, Object> now) {
        return Data.of()
                .put("key", which.get("key"))
                .put("characteristic", which.get("characteristic"))
                .put("unit", which.get("unit"))
                .put("testTemperatureC", which.get("testTemperatureC"))
                .put("previous", old == null ? null : bounds(old))
                .put("current", now == null ? null : bounds(now))
                .build();
    }

    private static Map<String, Object> bounds(Map<String, Object> limit) {
        return Data.of().put("min", limit.get("min")).put("max", limit.get("max")).put("target", limit.get("target")).build();
    }

    private static boolean sameBounds(Map<String, Object> a, Map<String, Object> b) {
        return sameNumber(a.get("min"), b.get("min")) && sameNumber(a.get("max"), b.get("max"))
                && sameNumber(a.get("target"), b.get("target"));
    }

    private static boolean sameNumber(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Map<Object, Map<String, Object>> byKey(List<Map<String, Object>> limits) {
        Map<Object, Map<String, Object>> keyed = new LinkedHashMap<>();
        if (limits != null) {
            limits.forEach(limit -> keyed.put(limit.get("key"), limit));
        }
        return keyed;
    }
}
