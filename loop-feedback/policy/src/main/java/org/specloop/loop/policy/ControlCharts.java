package org.specloop.loop.policy;

import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.LotTable.LotPoint;
import org.specloop.loop.policy.LotTable.LotSamples;
import org.specloop.calculations.spc.ControlLimits;
import org.specloop.calculations.spc.DriftConfig;
import org.specloop.calculations.spc.PhasedChart;
import org.specloop.calculations.spc.Signal;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the control chart of a source, part and characteristic at 20 degC from the lot facts. */
@Component
public class ControlCharts {
    public static final String INDIVIDUALS = "I_MR";
    public static final String XBAR_S = "XBAR_S";
    public static final double CHART_TEMPERATURE_C = 20.0;
    private final LotTable lots;
    private final LoopProperties properties;

    ControlCharts(LotTable lots, LoopProperties properties) {
        this.lots = lots;
        this.properties = properties;
    }

    /**
     * A chart with its lot points; the PhasedChart is empty while fewer than two usable lots exist. Subgroups
     * holds each point's sample values for an Xbar-S chart and is empty for an individuals chart, which needs
     * only the lot means (and so reads one row per lot).
     */
    record Chart(List<LotPoint> points, Optional<PhasedChart> phased, List<double[]> subgroups) {
    }

    Chart individuals(String sourceId, String partNumber, Characteristic characteristic) {
        List<LotPoint> points = lots.means(sourceId, partNumber, characteristic, CHART_TEMPERATURE_C,
                properties.spc().minSamplesPerLot());
        double[] means = points.stream().mapToDouble(LotPoint::mean).toArray();
        DriftConfig config = properties.spc().driftConfig();
        return new Chart(points, PhasedChart.individuals(means, properties.spc().phaseOneLots(), config), List.of());
    }

    /** Xbar-S needs equal subgroups: the lots with the most common sample count take part. */
    Chart xbarS(String sourceId, String partNumber, Characteristic characteristic) {
        List<LotSamples> all = lots.samples(sourceId, partNumber, characteristic, CHART_TEMPERATURE_C, 2);
        Optional<Integer> size = all.stream().collect(Collectors.groupingBy(p -> p.values().length, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        List<LotSamples> equal = all.stream().filter(p -> size.isPresent() && p.values().length == size.get()).toList();
        double[][] subgroups = equal.stream().map(LotSamples::values).toArray(double[][]::new);
        return new Chart(equal.stream().map(LotSamples::point).toList(),
                PhasedChart.xbarS(subgroups, properties.spc().phaseOneLots(), properties.spc().ruleSet()), List.of(subgroups));
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
        boolean xbar = XBAR_S.equals(type);
        Chart chart = xbar ? xbarS(sourceId, partNumber, characteristic) : individuals(sourceId, partNumber, characteristic);
        if (chart.points().isEmpty()) {
            return Optional.empty();
        }
        PhasedChart phased = chart.phased().orElse(null);
        List<ControlChartView.SignalView> signals = new ArrayList<>();
        if (phased != null) {
            phased.phaseOneSignals().forEach(s -> signals.add(signal(s, chart.points(), "I")));
            phased.phaseTwoSignals().forEach(s -> signals.add(signal(s, chart.points(), "II")));
        }
        List<ControlChartView.Point> points = new ArrayList<>();
        for (int i = 0; i < chart.points().size(); i++) {
            LotPoint p = chart.points().get(i);
            int index = i;
            Double dispersion = null;
            if (xbar) {
                dispersion = standardDeviation(chart.subgroups().get(i));
            } else if (i > 0) {
                dispersion = Math.abs(p.mean() - chart.points().get(i - 1).mean());
            }
            points.add(new ControlChartView.Point(i, p.lotId(), p.mean(), dispersion, p.count(), p.receivedAt(),
                    i < properties.spc().phaseOneLots() ? "I" : "II",
                    signals.stream().filter(s -> s.index() == index).map(ControlChartView.SignalView::rule).toList()));
        }
        return Optional.of(new ControlChartView(sourceId, partNumber, characteristic.name(), characteristic.unit(),
                xbar ? XBAR_S : INDIVIDUALS, properties.spc().phaseOneLots(), phased != null && phased.phaseOneComplete(),
                phased == null ? null : limits(phased.limits()), phased == null ? null : limits(phased.dispersionLimits()),
                phased == null ? null : phased.sigma(), rulesInForce(xbar), points, signals));
    }

    private List<String> rulesInForce(boolean xbar) {
        List<String> rules = new ArrayList<>(properties.spc().rules());
        if (!xbar && properties.spc().cusum().enabled()) {
            rules.add("CUSUM");
        }
        if (!xbar && properties.spc().ewma().enabled()) {
            rules.add("EWMA");
        }
        return rules;
    }

    private static ControlChartView.SignalView signal(Signal s, List<LotPoint> points, String phase) {
        return new ControlChartView.SignalView(s.rule(), s.index(), points.get(s.index()).lotId(), phase);
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
