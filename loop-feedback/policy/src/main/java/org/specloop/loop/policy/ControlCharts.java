package org.specloop.loop.policy;

import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.LotTable.LotPoint;
import org.specloop.loop.policy.LotTable.LotSamples;
import org.specloop.calculations.spc.ControlLimits;
import org.specloop.calculations.spc.Cusum;
import org.specloop.calculations.spc.Ewma;
import org.specloop.calculations.spc.IndividualsChart;
import org.specloop.calculations.spc.LotMeanChart;
import org.specloop.calculations.spc.PhasedChart;
import org.specloop.calculations.spc.Signal;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the control chart of a source, part and characteristic at 20 degC from the lot facts. The
 * individuals chart is the drift watch's lot-mean chart (LotMeanChart): it starts after the last
 * approved drift change of the characteristic's cause and judges lots after the last rejected one.
 */
@Component
public class ControlCharts {
    public static final String INDIVIDUALS = "I_MR";
    public static final String XBAR_S = "XBAR_S";
    public static final double CHART_TEMPERATURE_C = 20.0;
    private final LotTable lots;
    private final ChangeTable changes;
    private final LoopProperties properties;
    private final ChartPoints watchedPoints;

    ControlCharts(LotTable lots, ChangeTable changes, LoopProperties properties) {
        this.lots = lots;
        this.changes = changes;
        this.properties = properties;
        this.watchedPoints = new ChartPoints(lots);
    }

    /**
     * The drift watch's chart: its lot points from the baseline on, and the LotMeanChart (empty while fewer
     * than two usable lots exist); monitorFrom indexes the first lot judged after a rejected change.
     */
    record Chart(List<LotPoint> points, Optional<LotMeanChart> lotMeans, int monitorFrom) {
    }

    /** Xbar-S view of a source's lots. */
    record SubgroupChart(List<LotPoint> points, Optional<PhasedChart> phased, List<double[]> subgroups) {
    }

    Chart individuals(String sourceId, String partNumber, Characteristic characteristic) {
        return individuals(sourceId, characteristic, lots.means(sourceId, partNumber, characteristic, CHART_TEMPERATURE_C,
                properties.spc().minSamplesPerLot()));
    }

    /**
     * The same chart for the loop's own drift checks, from the points it keeps between batches (ChartPoints): it
     * includes the current batch's samples, so the read API does not use it.
     */
    Chart checked(String sourceId, String partNumber, Characteristic characteristic) {
        return individuals(sourceId, characteristic, watchedPoints.of(sourceId, partNumber, characteristic,
                (int) Math.round(CHART_TEMPERATURE_C), properties.spc().minSamplesPerLot()));
    }

    private Chart individuals(String sourceId, Characteristic characteristic, List<LotPoint> lotPoints) {
        LoopProperties.Spc spc = properties.spc();
        ChangeTable.Restart restart = changes.restart(sourceId, spc.causeOf(characteristic).get(0).name());
        List<LotPoint> points = lotPoints.stream().filter(p -> p.seq() > restart.baselineAfterSeq()).toList();
        int monitorFrom = 0;
        while (monitorFrom < points.size() && points.get(monitorFrom).seq() <= restart.monitorAfterSeq()) {
            monitorFrom++;
        }
        double[] means = points.stream().mapToDouble(LotPoint::mean).toArray();
        return new Chart(points, LotMeanChart.of(means, monitorFrom, spc.lotMeanConfig()), monitorFrom);
    }

    /** Xbar-S needs equal subgroups: the lots with the most common sample count take part. */
    SubgroupChart xbarS(String sourceId, String partNumber, Characteristic characteristic) {
        List<LotSamples> all = lots.samples(sourceId, partNumber, characteristic, CHART_TEMPERATURE_C, 2);
        Optional<Integer> size = all.stream().collect(Collectors.groupingBy(p -> p.values().length, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        List<LotSamples> equal = all.stream().filter(p -> size.isPresent() && p.values().length == size.get()).toList();
        double[][] subgroups = equal.stream().map(LotSamples::values).toArray(double[][]::new);
        return new SubgroupChart(equal.stream().map(LotSamples::point).toList(),
                PhasedChart.xbarS(subgroups, properties.spc().phaseOneLots(), properties.spc().ruleSet()), List.of(subgroups));
    }

    /** The characteristics the drift watch charts (specloop.loop.spc.characteristics). */
    public List<Characteristic> watched() {
        return properties.spc().characteristics();
    }

    /** The parts a source delivered lots of, each a chart of its own. */
    public List<String> partsOf(String sourceId) {
        return lots.partsOf(sourceId);
    }

    /** Whether a measurement at this temperature is a point of the charts (the drift watch charts 20 degC only). */
    public static boolean charted(double temperatureC) {
        return Math.round(temperatureC) == Math.round(CHART_TEMPERATURE_C);
    }

    /**
     * The I-MR chart of every source that delivered the part, as the drift watch keeps it: the
     * limits frozen after the first lots, and the signals it judged by them. Sources without a lot
     * measured often enough to be a point are left out.
     */
    public List<ControlChartView> ofPart(String partNumber, Characteristic characteristic) {
        return lots.sourcesOf(partNumber).stream()
                .flatMap(source -> view(source, partNumber, characteristic, INDIVIDUALS).stream())
                .toList();
    }

    public Optional<ControlChartView> view(String sourceId, String partNumber, Characteristic characteristic, String type) {
        return XBAR_S.equals(type) ? subgroupView(sourceId, partNumber, characteristic)
                : lotMeanView(sourceId, partNumber, characteristic);
    }

    /** Drift signals raise changes; spread signals (moving range) only do when configured, and are listed apart. */
    private Optional<ControlChartView> lotMeanView(String sourceId, String partNumber, Characteristic characteristic) {
        Chart chart = individuals(sourceId, partNumber, characteristic);
        if (chart.points().isEmpty()) {
            return Optional.empty();
        }
        LotMeanChart c = chart.lotMeans().orElse(null);
        int phaseOne = properties.spc().phaseOneLots();
        List<ControlChartView.SignalView> drift = c == null ? List.of()
                : c.driftSignals().stream().map(s -> signal(s, chart.points())).toList();
        List<ControlChartView.SignalView> spread = c == null ? List.of()
                : c.spreadSignals().stream().map(s -> signal(s, chart.points())).toList();
        Map<Integer, List<String>> rules = rulesByIndex(drift, spread);
        List<ControlChartView.Point> points = new ArrayList<>();
        for (int i = 0; i < chart.points().size(); i++) {
            LotPoint p = chart.points().get(i);
            Double range = i > 0 ? Math.abs(p.mean() - chart.points().get(i - 1).mean()) : null;
            points.add(new ControlChartView.Point(i, p.lotId(), p.mean(), range, p.count(), p.receivedAt(),
                    i < phaseOne ? "I" : "II", rules.getOrDefault(i, List.of())));
        }
        return Optional.of(new ControlChartView(sourceId, partNumber, characteristic.name(), characteristic.unit(),
                INDIVIDUALS, phaseOne, c != null && c.phaseOneComplete(), c == null ? null : limits(c.limits()),
                c == null ? null : limits(c.movingRangeLimits()), c == null ? null : c.sigma(), rulesInForce(), points, drift,
                spread, c == null ? List.of() : c.excludedFromBaseline().stream().map(i -> chart.points().get(i).lotId()).toList(),
                cusum(c, chart.points()), ewma(c, chart.points())));
    }

    private ControlChartView.Cusum cusum(LotMeanChart c, List<LotPoint> points) {
        LoopProperties.Cusum p = properties.spc().cusum();
        if (!p.enabled()) {
            return null;
        }
        return new ControlChartView.Cusum(p.k(), p.h(), c == null ? List.of() : c.cusum().stream()
                .map(s -> new ControlChartView.CusumPoint(s.index(), points.get(s.index()).lotId(), s.upper(), s.lower(),
                        !s.signal() ? null : s.upper() > p.h() ? Cusum.UPPER : Cusum.LOWER)).toList());
    }

    private ControlChartView.Ewma ewma(LotMeanChart c, List<LotPoint> points) {
        LoopProperties.Ewma p = properties.spc().ewma();
        if (!p.enabled()) {
            return null;
        }
        if (c == null) {
            return new ControlChartView.Ewma(p.lambda(), p.width(), List.of());
        }
        Map<Integer, String> ewmaSignals = new HashMap<>();
        c.driftSignals().stream().filter(s -> s.rule().equals(Ewma.UPPER) || s.rule().equals(Ewma.LOWER))
                .forEach(s -> ewmaSignals.putIfAbsent(s.index(), s.rule()));
        return new ControlChartView.Ewma(p.lambda(), p.width(), c.ewma().stream()
                .map(e -> new ControlChartView.EwmaPoint(e.index(), points.get(e.index()).lotId(), e.value(), e.lower(),
                        e.upper(), ewmaSignals.get(e.index()))).toList());
    }

    private Optional<ControlChartView> subgroupView(String sourceId, String partNumber, Characteristic characteristic) {
        SubgroupChart chart = xbarS(sourceId, partNumber, characteristic);
        if (chart.points().isEmpty()) {
            return Optional.empty();
        }
        PhasedChart phased = chart.phased().orElse(null);
        List<ControlChartView.SignalView> signals = new ArrayList<>();
        if (phased != null) {
            phased.phaseOneSignals().forEach(s -> signals.add(signal(s, chart.points(), "I")));
            phased.phaseTwoSignals().forEach(s -> signals.add(signal(s, chart.points(), "II")));
        }
        Map<Integer, List<String>> rules = rulesByIndex(signals, List.of());
        List<ControlChartView.Point> points = new ArrayList<>();
        for (int i = 0; i < chart.points().size(); i++) {
            LotPoint p = chart.points().get(i);
            points.add(new ControlChartView.Point(i, p.lotId(), p.mean(), standardDeviation(chart.subgroups().get(i)), p.count(),
                    p.receivedAt(), i < properties.spc().phaseOneLots() ? "I" : "II", rules.getOrDefault(i, List.of())));
        }
        return Optional.of(new ControlChartView(sourceId, partNumber, characteristic.name(), characteristic.unit(),
                XBAR_S, properties.spc().phaseOneLots(), phased != null && phased.phaseOneComplete(),
                phased == null ? null : limits(phased.limits()), phased == null ? null : limits(phased.dispersionLimits()),
                phased == null ? null : phased.sigma(), new ArrayList<>(properties.spc().rules()), points, signals));
    }

    /**
     * The rules that fired at each point, in signal order. Looked up per point, the signals made the chart
     * quadratic in its lots on a drifting source (every Phase II lot can signal), the one read of the plant
     * benchmark that grew faster than its data.
     */
    private static Map<Integer, List<String>> rulesByIndex(List<ControlChartView.SignalView> first,
                                                           List<ControlChartView.SignalView> then) {
        Map<Integer, List<String>> rules = new HashMap<>();
        for (List<ControlChartView.SignalView> signals : List.of(first, then)) {
            signals.forEach(s -> rules.computeIfAbsent(s.index(), i -> new ArrayList<>()).add(s.rule()));
        }
        return rules;
    }

    /** The rules that raise drift changes on the lot-mean chart, by the ids its signals carry. */
    private List<String> rulesInForce() {
        LoopProperties.Spc spc = properties.spc();
        List<String> rules = new ArrayList<>(List.of(LotMeanChart.PHASE_I_STEP, LotMeanChart.PHASE_I_JUMP,
                LotMeanChart.BEYOND_ACTION_LIMIT));
        if (spc.cusum().enabled()) {
            rules.add("CUSUM");
        }
        rules.addAll(spc.rules());
        if (spc.ewma().enabled()) {
            rules.add("EWMA");
        }
        if (spc.spreadRaisesDrift()) {
            rules.add(IndividualsChart.MOVING_RANGE_ABOVE_UCL);
        }
        return rules;
    }

    private static ControlChartView.SignalView signal(Signal s, List<LotPoint> points, String phase) {
        return new ControlChartView.SignalView(s.rule(), s.index(), points.get(s.index()).lotId(), phase);
    }

    private static ControlChartView.SignalView signal(LotMeanChart.ChartSignal s, List<LotPoint> points) {
        return new ControlChartView.SignalView(s.rule(), s.index(), points.get(s.index()).lotId(), s.phaseOne() ? "I" : "II",
                points.get(s.onset()).lotId(), Double.isFinite(s.statistic()) ? s.statistic() : null);
    }

    private static ControlChartView.Limits limits(ControlLimits l) {
        return new ControlChartView.Limits(l.lower(), l.center(), l.upper());
    }

    private static double standardDeviation(double[] v) {
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        double ss = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(ss / (v.length - 1));
    }
}
