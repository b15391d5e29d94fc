package org.specloop.command.lot.conformance;

import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.SampleValue;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.specification.CharacteristicLimit;

/**
 * Checks a lot's measurements against a revision's limits, characteristic by characteristic.
 * Plain calculation with no framework, so that it can be tested on hand-computed answers.
 */
public final class ConformanceEvaluator {

    /**
     * A sample counts for a limit when it was measured within 2 degC of the limit's test
     * temperature: lab ovens and hysteresisgraph fixtures hold the set point to about +-1 degC, and
     * a lab reporting 21 degC for a 20 degC test means the same test, not another temperature.
     */
    public static final double TEMPERATURE_TOLERANCE_C = 2.0;

    private ConformanceEvaluator() {
    }

    /** Measurements must come in the order they were recorded: a later one of the same sample is a re-test and wins. */
    public static LotEvaluation evaluate(List<SampleMeasurement> measurements, List<CharacteristicLimit> limits) {
        List<CharacteristicResult> results = limits.stream().map(limit -> evaluate(measurements, limit)).toList();
        return new LotEvaluation(results, lotVerdict(results));
    }

    static CharacteristicResult evaluate(List<SampleMeasurement> measurements, CharacteristicLimit limit) {
        Map<String, Double> latestBySample = new LinkedHashMap<>();
        for (SampleMeasurement m : measurements) {
            if (Math.abs(m.testTemperatureC() - limit.testTemperatureC()) > TEMPERATURE_TOLERANCE_C) {
                continue;
            }
            for (PropertyValue v : m.values()) {
                if (v.characteristic() == limit.characteristic()) {
                    latestBySample.put(m.sampleId(), v.value());
                }
            }
        }
        if (latestBySample.isEmpty()) {
            return new CharacteristicResult(limit, List.of(), null, null, null, Verdict.NOT_MEASURED);
        }
        List<SampleValue> samples = latestBySample.entrySet().stream()
                .map(e -> new SampleValue(e.getKey(), e.getValue())).toList();
        DoubleSummaryStatistics stats = samples.stream().mapToDouble(SampleValue::value).summaryStatistics();
        boolean allWithin = samples.stream().allMatch(s -> limit.accepts(s.value()));
        return new CharacteristicResult(limit, samples, stats.getMin(), stats.getMax(), stats.getAverage(),
                allWithin ? Verdict.PASS : Verdict.FAIL);
    }

    /** A revision without limits has nothing to fail, so its verdict is PASS. */
    static Verdict lotVerdict(List<CharacteristicResult> results) {
        if (results.stream().anyMatch(r -> r.verdict() == Verdict.FAIL)) {
            return Verdict.FAIL;
        }
        if (results.stream().anyMatch(r -> r.verdict() == Verdict.NOT_MEASURED)) {
            return Verdict.NOT_MEASURED;
        }
        return Verdict.PASS;
    }
}
