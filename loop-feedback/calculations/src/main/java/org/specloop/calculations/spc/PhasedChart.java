package org.specloop.calculations.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole control chart over one series: limits from the first phaseOneSize points (Phase I),
 * frozen for the rest (Phase II). Signal indices refer to the whole series. Phase I signals are
 * shown but never raise anything, because points that set the limits cannot be judged by them.
 * While fewer points than phaseOneSize exist the limits are provisional (phaseOneComplete false).
 */
public record PhasedChart(int phaseOneSize, boolean phaseOneComplete, ControlLimits limits,
                          ControlLimits dispersionLimits, double sigma, List<Signal> phaseOneSignals,
                          List<Signal> phaseTwoSignals) {

    public PhasedChart {
        phaseOneSignals = List.copyOf(phaseOneSignals);
        phaseTwoSignals = List.copyOf(phaseTwoSignals);
    }

    /** I-MR chart of individual values (lot means); CUSUM and EWMA watch Phase II when configured. */
    public static Optional<PhasedChart> individuals(double[] values, int phaseOneSize, DriftConfig config) {
        int baselineSize = Math.min(phaseOneSize, values.length);
        double[] baseline = Arrays.copyOf(values, baselineSize);
        if (baselineSize < 2 || !(IndividualsChart.averageMovingRange(baseline) > 0)) {
            return Optional.empty();
        }
        IndividualsChart chart = IndividualsChart.phaseOne(baseline);
        List<Signal> phaseOne = config.rules().evaluate(baseline, chart.center(), chart.sigma());
        List<Signal> phaseTwo = new ArrayList<>();
        boolean complete = values.length >= phaseOneSize;
        if (complete && values.length > phaseOneSize) {
            double[] monitored = Arrays.copyOfRange(values, phaseOneSize, values.length);
            phaseTwo.addAll(chart.monitor(monitored, config.rules()));
            config.cusum().flatMap(p -> Cusum.firstSignal(monitored, chart.center(), chart.sigma(), p)).ifPresent(phaseTwo::add);
            config.ewma().flatMap(p -> Ewma.firstSignal(monitored, chart.center(), chart.sigma(), p)).ifPresent(phaseTwo::add);
        }
        return Optional.of(new PhasedChart(phaseOneSize, complete, chart.individualsLimits(), chart.movingRangeLimits(),
                chart.sigma(), phaseOne, shifted(phaseTwo, phaseOneSize)));
    }

    /** Xbar-S chart of equal-size subgroups (the samples of each lot). */
    public static Optional<PhasedChart> xbarS(double[][] subgroups, int phaseOneSize, RuleSet rules) {
        int baselineSize = Math.min(phaseOneSize, subgroups.length);
        if (baselineSize < 2) {
            return Optional.empty();
        }
        XbarSChart chart = XbarSChart.phaseOne(Arrays.copyOf(subgroups, baselineSize));
        if (!(chart.sigma() > 0)) {
            return Optional.empty();
        }
        double[] means = Arrays.stream(subgroups, 0, baselineSize).mapToDouble(PhasedChart::mean).toArray();
        List<Signal> phaseOne = rules.evaluate(means, chart.grandMean(), chart.sigma() / Math.sqrt(chart.subgroupSize()));
        boolean complete = subgroups.length >= phaseOneSize;
        List<Signal> phaseTwo = complete && subgroups.length > phaseOneSize
                ? chart.monitor(Arrays.copyOfRange(subgroups, phaseOneSize, subgroups.length), rules) : List.of();
        return Optional.of(new PhasedChart(phaseOneSize, complete, chart.xbarLimits(), chart.sLimits(), chart.sigma(),
                phaseOne, shifted(phaseTwo, phaseOneSize)));
    }

    /** The earliest Phase II signal; on a tie run rules win, then the dispersion chart, CUSUM, EWMA. */
    public Optional<Signal> firstPhaseTwoSignal() {
        return phaseTwoSignals.stream().findFirst();
    }

    // stable sort: signals on the same point keep the order in which they were added
    private static List<Signal> shifted(List<Signal> signals, int offset) {
        return signals.stream().map(s -> new Signal(s.rule(), s.index() + offset))
                .sorted(Comparator.comparingInt(Signal::index)).toList();
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }
}
