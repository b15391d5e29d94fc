package org.specloop.query.specification;

import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.RequiredCertificate;
import org.specloop.contracts.specification.SourcingRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Field-by-field difference of two revision contents. Lists are matched by their natural key
 * (characteristic at temperature, element, tier and country), not by position, so reordering
 * a list is no change; output is sorted by key so the same pair always gives the same diff.
 */
public final class RevisionDiff {
    private static final String WEIGHT_PERCENT = "wt%";
    private final List<DiffEntry> entries = new ArrayList<>();

    private RevisionDiff() {
    }

    public static List<DiffEntry> between(RevisionContent before, RevisionContent after) {
        RevisionContent from = before != null ? before : empty();
        RevisionContent to = after != null ? after : empty();
        RevisionDiff diff = new RevisionDiff();
        diff.characteristics(from.characteristics(), to.characteristics());
        diff.composition(from.composition(), to.composition());
        diff.sourcing(from.sourcingRules(), to.sourcingRules());
        diff.compare("maxWorkingTemperatureC", from.maxWorkingTemperatureC(), to.maxWorkingTemperatureC(), "degC");
        return List.copyOf(diff.entries);
    }

    private void characteristics(List<CharacteristicLimit> before, List<CharacteristicLimit> after) {
        Map<String, CharacteristicLimit> b = byKey(before, CharacteristicLimit::key);
        Map<String, CharacteristicLimit> a = byKey(after, CharacteristicLimit::key);
        for (String key : union(b, a)) {
            CharacteristicLimit x = b.get(key);
            CharacteristicLimit y = a.get(key);
            String unit = (x != null ? x : y).unit();
            String path = "characteristics/" + key + "/";
            compare(path + "min", x == null ? null : x.min(), y == null ? null : y.min(), unit);
            compare(path + "max", x == null ? null : x.max(), y == null ? null : y.max(), unit);
            compare(path + "target", x == null ? null : x.target(), y == null ? null : y.target(), unit);
            compare(path + "standard", x == null ? null : x.standardReference(), y == null ? null : y.standardReference(), null);
        }
    }

    private void composition(List<CompositionRange> before, List<CompositionRange> after) {
        Map<String, CompositionRange> b = byKey(before, CompositionRange::element);
        Map<String, CompositionRange> a = byKey(after, CompositionRange::element);
        for (String element : union(b, a)) {
            CompositionRange x = b.get(element);
            CompositionRange y = a.get(element);
            String path = "composition/" + element + "/";
            compare(path + "min", x == null ? null : x.minWeightPercent(), y == null ? null : y.minWeightPercent(), WEIGHT_PERCENT);
            compare(path + "max", x == null ? null : x.maxWeightPercent(), y == null ? null : y.maxWeightPercent(), WEIGHT_PERCENT);
        }
    }

    private void sourcing(SourcingRules before, SourcingRules after) {
        for (Tier tier : Tier.values()) {
            List<String> x = sourcesAt(before.qualifiedSources(), tier);
            List<String> y = sourcesAt(after.qualifiedSources(), tier);
            compare("sourcingRules/qualifiedSources/" + tier, x.isEmpty() ? null : x, y.isEmpty() ? null : y, null);
        }
        Map<String, CountryExclusion> b = byKey(before.countryExclusions(), e -> e.tier() + "/" + e.country());
        Map<String, CountryExclusion> a = byKey(after.countryExclusions(), e -> e.tier() + "/" + e.country());
        for (String key : union(b, a)) {
            CountryExclusion x = b.get(key);
            CountryExclusion y = a.get(key);
            String path = "sourcingRules/countryExclusions/" + key + "/";
            compare(path + "effectiveFrom", x == null ? null : Objects.toString(x.effectiveFrom(), null),
                    y == null ? null : Objects.toString(y.effectiveFrom(), null), null);
            compare(path + "ruleReference", x == null ? null : x.ruleReference(), y == null ? null : y.ruleReference(), null);
        }
        compare("sourcingRules/minimumCustodyModel", before.minimumCustodyModel(), after.minimumCustodyModel(), null);
        Map<String, RequiredCertificate> rb = byKey(before.requiredCertificates(), r -> r.tier() + "/" + r.kind());
        Map<String, RequiredCertificate> ra = byKey(after.requiredCertificates(), r -> r.tier() + "/" + r.kind());
        for (String key : union(rb, ra)) {
            RequiredCertificate x = rb.get(key);
            RequiredCertificate y = ra.get(key);
            // the rule may be absent: the requirement itself is the value, its rule (or "required") says what changed
            compare("sourcingRules/requiredCertificates/" + key, x == null ? null : Objects.toString(x.ruleReference(), "required"),
                    y == null ? null : Objects.toString(y.ruleReference(), "required"), null);
        }
        // absent means required: compared as the effective answer, so stating the default changes nothing
        compare("sourcingRules/requalification/firstArticleRequired", before.requalification().firstArticle(),
                after.requalification().firstArticle(), null);
        compare("sourcingRules/requalification/ppapSubmissionLevel", before.requalification().ppapSubmissionLevel(),
                after.requalification().ppapSubmissionLevel(), null);
    }

    private void compare(String path, Object before, Object after, String unit) {
        if (Objects.equals(before, after)) {
            return;
        }
        DiffEntry.Change change = before == null ? DiffEntry.Change.ADDED
                : after == null ? DiffEntry.Change.REMOVED : DiffEntry.Change.CHANGED;
        entries.add(new DiffEntry(path, value(before), value(after), change, unit));
    }

    private static Object value(Object v) {
        return v instanceof Enum<?> e ? e.name() : v;
    }

    private static List<String> sourcesAt(List<QualifiedSource> sources, Tier tier) {
        return sources.stream().filter(s -> s.tier() == tier).map(QualifiedSource::sourceId)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static RevisionContent empty() {
        return new RevisionContent(List.of(), List.of(), SourcingRules.none(), null);
    }
}
