package org.specloop.command.sourcing.firstarticle;

import org.specloop.command.lot.conformance.ConformanceEvaluator;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.qualification.CharacteristicAccountability;
import org.specloop.contracts.qualification.CharacteristicVerdict;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.SampleResult;
import org.specloop.contracts.specification.CharacteristicLimit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * AS9102 Form 3 of a first article: one line per limit of the revision, in the revision's order, with every
 * first-article sample's value at the limit's temperature. The rules are the lot evaluation's
 * ({@link ConformanceEvaluator}): a sample counts within 2 degC of the limit's temperature, limits are inclusive,
 * and a later measurement of the same sample is a re-test that replaces the earlier one. A line is REJECTED when
 * any result lies outside the limits (and gets a nonconformance number), MISSING when no sample was measured.
 * A line keeps the first {@link #FIRST_ARTICLES} samples measured for it: those are the first articles; samples of
 * later lots of the new chain are production, judged by their own lots' evaluation. The bound also keeps the record,
 * rebuilt and stored on every new measurement, from growing with every lot that joins the change.
 */
final class CharacteristicAccountant {
    static final int FIRST_ARTICLES = 50;

    private CharacteristicAccountant() {
    }

    /** Measurements must come in the order they were recorded, so that a re-test wins. */
    static List<CharacteristicAccountability> account(String reportNumber, String specificationId, int revision,
                                                             List<CharacteristicLimit> limits,
                                                             List<MeasuredSample> measurements) {
        List<CharacteristicAccountability> lines = new ArrayList<>();
        for (int i = 0; i < limits.size(); i++) {
            lines.add(line(reportNumber, specificationId, revision, i + 1, limits.get(i), measurements));
        }
        return lines;
    }

    /** REJECTED outranks INCOMPLETE: a documented nonconformance is the finding whatever else is missing. */
    static FirstArticleVerdict verdict(List<CharacteristicAccountability> lines) {
        if (lines.stream().anyMatch(l -> l.verdict() == CharacteristicVerdict.REJECTED)) {
            return FirstArticleVerdict.REJECTED;
        }
        if (lines.stream().anyMatch(l -> l.verdict() == CharacteristicVerdict.MISSING)) {
            return FirstArticleVerdict.INCOMPLETE;
        }
        return FirstArticleVerdict.ACCEPTED;
    }

    private static CharacteristicAccountability line(String reportNumber, String specificationId, int revision, int number,
                                                     CharacteristicLimit limit, List<MeasuredSample> measurements) {
        Map<String, SampleResult> latest = new LinkedHashMap<>();
        Map<String, String> toolingOf = new LinkedHashMap<>();
        for (MeasuredSample m : measurements) {
            if (Math.abs(m.testTemperatureC() - limit.testTemperatureC()) > ConformanceEvaluator.TEMPERATURE_TOLERANCE_C) {
                continue;
            }
            for (PropertyValue v : m.values()) {
                String key = m.lotId() + "/" + m.sampleId();
                if (v.characteristic() == limit.characteristic() && (latest.containsKey(key) || latest.size() < FIRST_ARTICLES)) {
                    latest.put(key, new SampleResult(m.lotId(), m.sampleId(), m.testTemperatureC(), v.value(),
                            limit.accepts(v.value())));
                    toolingOf.put(key, m.tooling());
                }
            }
        }
        List<SampleResult> results = latest.values().stream()
                .sorted(Comparator.comparing(SampleResult::lotId).thenComparing(SampleResult::sampleId)).toList();
        CharacteristicVerdict verdict = results.isEmpty() ? CharacteristicVerdict.MISSING
                : results.stream().allMatch(SampleResult::conforming) ? CharacteristicVerdict.ACCEPTED
                : CharacteristicVerdict.REJECTED;
        Set<String> tooling = new LinkedHashSet<>();
        toolingOf.values().stream().filter(t -> t != null && !t.isBlank()).sorted().forEach(tooling::add);
        return new CharacteristicAccountability(number,
                specificationId + " revision " + revision + ", characteristic " + number, null,
                limit.characteristic(), limit.testTemperatureC(), limit.min(), limit.max(), limit.unit(),
                requirement(limit), results, tooling.isEmpty() ? null : String.join("; ", tooling),
                verdict == CharacteristicVerdict.REJECTED ? String.format(Locale.ROOT, "%s-NC%02d", reportNumber, number) : null,
                verdict);
    }

    /** "Br 1.28 .. 1.32 T at 20 degC (IEC 60404-8-1)"; a one-sided limit reads "HcJ >= 1592 kA/m at 150 degC". */
    static String requirement(CharacteristicLimit limit) {
        String symbol = limit.characteristic().symbol();
        String unit = limit.unit();
        String range;
        if (limit.min() != null && limit.max() != null) {
            range = symbol + " " + plain(limit.min()) + " .. " + plain(limit.max());
        } else if (limit.min() != null) {
            range = symbol + " >= " + plain(limit.min());
        } else if (limit.max() != null) {
            range = symbol + " <= " + plain(limit.max());
        } else {
            range = symbol + " (reported, no limit)";
        }
        String text = range + (unit == null || unit.isBlank() || "1".equals(unit) ? "" : " " + unit) + " at " + plain(limit.testTemperatureC()) + " degC";
        return limit.standardReference() == null || limit.standardReference().isBlank() ? text
                : text + " (" + limit.standardReference() + ")";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
