package org.specloop.calculations.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The drift chart of one source and characteristic: one point per lot, its mean.
 * <p>
 * Sigma is the lot-to-lot sigma of the lot means, max(MR-bar / d2, sample SD) of the baseline: the
 * within-lot sigma would ignore the spread between lots and make a stable source look drifting, and
 * MR-bar alone underestimates when lots alternate. Phase I is the first {@code phaseOneLots} lots.
 * While it fills, a step search (the largest two-sample t-like statistic over every split with at
 * least {@code minSegmentLots} lots each side) and a gross-jump check (a lot beyond
 * {@code jumpSigma} of the lots before it) find a drift that starts inside Phase I. Its limits are
 * cleaned before they are used: a detected step's later segment is dropped, then points beyond
 * 3 sigma, repeatedly, so that the limits sit on the in-control centre. Phase II judges each new
 * lot by an action limit, a CUSUM and any configured run rules or EWMA. Moving-range points above
 * their limit are spread signals, kept apart from the drift signals.
 * <p>
 * {@code monitorFrom} restarts monitoring (after a rejected alarm): signals before it are dropped,
 * the CUSUM and EWMA start there, and inside Phase I the step and jump search only look at lots from
 * there on.
 * <p>
 * {@code cusum} and {@code ewma} are the Phase II series the signals were judged on, indexed like the
 * lots (empty while Phase II has no lot or the statistic is off): the CUSUM sums in sigma, the EWMA
 * statistic and its limits in the lot means' unit. They are kept so that a chart of them shows the
 * numbers the drift watch acted on rather than a recomputation.
 */
public record LotMeanChart(int phaseOneLots, boolean phaseOneComplete, ControlLimits limits,
                           ControlLimits movingRangeLimits, double sigma, List<Integer> excludedFromBaseline,
                           List<ChartSignal> driftSignals, List<ChartSignal> spreadSignals, List<Cusum.Sums> cusum,
                           List<Ewma.Point> ewma) {

    public static final String PHASE_I_STEP = "PHASE_I_STEP";
    public static final String PHASE_I_JUMP = "PHASE_I_JUMP";
    public static final String BEYOND_ACTION_LIMIT = "BEYOND_ACTION_LIMIT";
    private static final double CLEANING_SIGMA = 3.0;
    private static final double LIMIT_SIGMA = 3.0;

    /**
     * A signal: the rule, the lot that completed it, the lot where the change most likely began (the
     * step's split, the CUSUM's last zero, else the lot itself) and the rule's statistic (z of the lot,
     * the CUSUM sum or the step's t, in sigma).
     */
    public record ChartSignal(String rule, int index, int onset, double statistic, boolean phaseOne) {
    }

    public LotMeanChart {
        excludedFromBaseline = List.copyOf(excludedFromBaseline);
        driftSignals = List.copyOf(driftSignals);
        spreadSignals = List.copyOf(spreadSignals);
        cusum = List.copyOf(cusum);
        ewma = List.copyOf(ewma);
    }

    public Optional<ChartSignal> firstDriftSignal() {
        return driftSignals.stream().findFirst();
    }

    /** The chart of the lot means, or empty while fewer than two lots or no variation exist. */
    public static Optional<LotMeanChart> of(double[] means, int monitorFrom, LotMeanConfig config) {
        int n = means.length;
        if (n < 2) {
            return Optional.empty();
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(means[i])) {
                throw new IllegalArgumentException("lot mean at index " + i + " is not finite: " + means[i]);
            }
        }
        int phaseOne = config.phaseOneLots();
        int baseline = Math.min(n, phaseOne);
        double origin = means[0];
        double[] x = Arrays.stream(means).map(v -> v - origin).toArray();
        Sums sums = new Sums(x);
        int window = monitorFrom > 0 && monitorFrom < phaseOne ? monitorFrom : 0;

        boolean[] kept = clean(x, sums, baseline, window, config);
        Estimate estimate = estimate(x, kept);
        if (!(estimate.sigma() > 0) || !Double.isFinite(estimate.sigma())) {
            return Optional.empty();
        }
        List<ChartSignal> drift = new ArrayList<>(phaseOneSignals(x, sums, baseline, window, config));
        List<ChartSignal> spread = new ArrayList<>();
        List<Cusum.Sums> cusumSeries = new ArrayList<>();
        List<Ewma.Point> ewmaSeries = new ArrayList<>();
        boolean complete = n >= phaseOne;
        double center = estimate.center();
        double sigma = estimate.sigma();
        double movingRangeLimit = SpcConstants.D4_MOVING_RANGE * SpcConstants.D2_MOVING_RANGE * sigma;
        if (complete && n > phaseOne) {
            int start = Math.max(phaseOne, monitorFrom);
            drift.addAll(phaseTwoSignals(x, start, phaseOne, center, sigma, config, cusumSeries));
            config.ewma().ifPresent(p -> Ewma.series(Arrays.copyOfRange(x, start, n), center, sigma, p).forEach(e ->
                    ewmaSeries.add(new Ewma.Point(e.index() + start, e.value() + origin, e.lower() + origin,
                            e.upper() + origin))));
            for (int i = start; i < n; i++) {
                double range = Math.abs(x[i] - x[i - 1]);
                if (range > movingRangeLimit) {
                    spread.add(new ChartSignal(IndividualsChart.MOVING_RANGE_ABOVE_UCL, i, i, range / sigma, false));
                }
            }
        }
        List<ChartSignal> judged = drift.stream().filter(s -> s.index() >= monitorFrom)
                .sorted(Comparator.comparingInt(ChartSignal::index)).toList();
        List<Integer> excluded = new ArrayList<>();
        for (int i = 0; i < baseline; i++) {
            if (!kept[i]) {
                excluded.add(i);
            }
        }
        double c = center + origin;
        return Optional.of(new LotMeanChart(phaseOne, complete,
                new ControlLimits(c - LIMIT_SIGMA * sigma, c, c + LIMIT_SIGMA * sigma),
                new ControlLimits(0.0, SpcConstants.D2_MOVING_RANGE * sigma, movingRangeLimit), sigma, excluded, judged,
                spread, cusumSeries, ewmaSeries));
    }

    // Phase I, online: at each lot only the lots up to it are looked at, so the first signal is the one a
    // plant would have seen when that lot arrived.
    private static List<ChartSignal> phaseOneSignals(double[] x, Sums sums, int baseline, int window, LotMeanConfig config) {
        int m = config.minSegmentLots();
        List<ChartSignal> signals = new ArrayList<>();
        boolean stepAbove = false;
        for (int i = window + m; i < baseline; i++) {
            double sigma = sums.sigma(window, i);
            if (sigma > 0) {
                double z = (x[i] - sums.mean(window, i)) / sigma;
                if (Math.abs(z) > config.jumpSigma()) {
                    signals.add(new ChartSignal(PHASE_I_JUMP, i, i, z, true));
                }
            }
            Split split = bestSplit(sums, window, i + 1, m);
            boolean above = split != null && split.t() > config.stepThreshold();
            if (above && !stepAbove) {
                signals.add(new ChartSignal(PHASE_I_STEP, i, split.at(), split.signedT(), true));
            }
            stepAbove = above;
        }
        return signals;
    }

    private static List<ChartSignal> phaseTwoSignals(double[] x, int start, int phaseOne, double center, double sigma,
                                                     LotMeanConfig config, List<Cusum.Sums> cusumSeries) {
        List<ChartSignal> signals = new ArrayList<>();
        for (int i = start; i < x.length; i++) {
            double z = (x[i] - center) / sigma;
            if (Math.abs(z) > config.actionSigma()) {
                signals.add(new ChartSignal(BEYOND_ACTION_LIMIT, i, i, z, false));
            }
        }
        config.cusum().ifPresent(p -> signals.addAll(cusum(x, start, center, sigma, p, cusumSeries)));
        if (!config.runRules().rules().isEmpty()) {
            double[] monitored = Arrays.copyOfRange(x, phaseOne, x.length);
            for (Signal s : config.runRules().evaluate(monitored, center, sigma)) {
                int i = s.index() + phaseOne;
                if (i >= start) {
                    signals.add(new ChartSignal(s.rule(), i, i, (x[i] - center) / sigma, false));
                }
            }
        }
        config.ewma().flatMap(p -> Ewma.firstSignal(Arrays.copyOfRange(x, start, x.length), center, sigma, p))
                .ifPresent(s -> signals.add(new ChartSignal(s.rule(), s.index() + start, start, Double.NaN, false)));
        return signals;
    }

    /**
     * Tabular CUSUM restarted after each signal; the onset is the lot after the sum last stood at zero.
     * Each lot's sums (before the restart) go to series.
     */
    private static List<ChartSignal> cusum(double[] x, int start, double center, double sigma, CusumParameters p,
                                           List<Cusum.Sums> series) {
        List<ChartSignal> signals = new ArrayList<>();
        double upper = 0;
        double lower = 0;
        int upperFrom = start;
        int lowerFrom = start;
        for (int i = start; i < x.length; i++) {
            double z = (x[i] - center) / sigma;
            if (upper == 0) {
                upperFrom = i;
            }
            if (lower == 0) {
                lowerFrom = i;
            }
            upper = Math.max(0, upper + z - p.k());
            lower = Math.max(0, lower - z - p.k());
            series.add(new Cusum.Sums(i, upper, lower, upper > p.h() || lower > p.h()));
            if (upper > p.h() || lower > p.h()) {
                boolean up = upper > p.h();
                signals.add(new ChartSignal(up ? Cusum.UPPER : Cusum.LOWER, i, up ? upperFrom : lowerFrom,
                        up ? upper : -lower, false));
                upper = 0;
                lower = 0;
            }
        }
        return signals;
    }

    /**
     * Which Phase I lots set the limits: all of them, less the later segment of a step the search
     * finds in the whole baseline, less points beyond 3 sigma, repeated until none is left.
     */
    private static boolean[] clean(double[] x, Sums sums, int baseline, int window, LotMeanConfig config) {
        boolean[] kept = new boolean[baseline];
        Arrays.fill(kept, window, baseline, true);
        if (window > 0) {
            // after a rejection inside Phase I the lots before it are not a baseline the user accepted
            Arrays.fill(kept, 0, window, true);
        } else {
            Split split = bestSplit(sums, 0, baseline, config.minSegmentLots());
            if (split != null && split.t() > config.stepThreshold()) {
                Arrays.fill(kept, split.at(), baseline, false);
            }
        }
        for (int round = 0; round < baseline; round++) {
            Estimate e = estimate(x, kept);
            if (!(e.sigma() > 0)) {
                return kept;
            }
            boolean dropped = false;
            int left = 0;
            for (boolean k : kept) {
                left += k ? 1 : 0;
            }
            for (int i = 0; i < baseline && left > 2; i++) {
                if (kept[i] && Math.abs(x[i] - e.center()) > CLEANING_SIGMA * e.sigma()) {
                    kept[i] = false;
                    left--;
                    dropped = true;
                }
            }
            if (!dropped) {
                return kept;
            }
        }
        return kept;
    }

    private record Estimate(double center, double sigma) {
    }

    /** Center and max(MR-bar / d2, sample SD) of the kept points; the moving ranges join kept neighbours. */
    private static Estimate estimate(double[] x, boolean[] kept) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i]) {
                sum += x[i];
                count++;
            }
        }
        if (count < 2) {
            return new Estimate(count == 1 ? sum : Double.NaN, Double.NaN);
        }
        double mean = sum / count;
        double squares = 0;
        double ranges = 0;
        int previous = -1;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i]) {
                squares += (x[i] - mean) * (x[i] - mean);
                if (previous >= 0) {
                    ranges += Math.abs(x[i] - x[previous]);
                }
                previous = i;
            }
        }
        double sd = Math.sqrt(squares / (count - 1));
        double mr = ranges / (count - 1) / SpcConstants.D2_MOVING_RANGE;
        return new Estimate(mean, Math.max(sd, mr));
    }

    private record Split(int at, double t, double signedT) {
    }

    /** The split of [from, to) with the largest two-sample t (pooled within-segment SD), null if none qualifies. */
    private static Split bestSplit(Sums sums, int from, int to, int m) {
        Split best = null;
        for (int s = from + m; s <= to - m; s++) {
            int a = s - from;
            int b = to - s;
            double pooled = Math.sqrt((sums.squares(from, s) + sums.squares(s, to)) / (a + b - 2));
            if (!(pooled > 0)) {
                continue;
            }
            double diff = sums.mean(s, to) - sums.mean(from, s);
            double t = diff / (pooled * Math.sqrt(1.0 / a + 1.0 / b));
            if (best == null || Math.abs(t) > best.t()) {
                best = new Split(s, Math.abs(t), t);
            }
        }
        return best;
    }

    /** Prefix sums of values, squares and moving ranges: any segment's mean, SS and MR-bar in O(1). */
    private static final class Sums {
        private final double[] sum;
        private final double[] square;
        private final double[] range;

        Sums(double[] x) {
            sum = new double[x.length + 1];
            square = new double[x.length + 1];
            range = new double[x.length + 1];
            for (int i = 0; i < x.length; i++) {
                sum[i + 1] = sum[i] + x[i];
                square[i + 1] = square[i] + x[i] * x[i];
                range[i + 1] = range[i] + (i > 0 ? Math.abs(x[i] - x[i - 1]) : 0);
            }
        }

        double mean(int from, int to) {
            return (sum[to] - sum[from]) / (to - from);
        }

        double squares(int from, int to) {
            double mean = mean(from, to);
            return Math.max(0, square[to] - square[from] - (to - from) * mean * mean);
        }

        /** max(MR-bar / d2, SD) of [from, to). */
        double sigma(int from, int to) {
            int count = to - from;
            double sd = Math.sqrt(squares(from, to) / (count - 1));
            double mr = (range[to] - range[from + 1]) / (count - 1) / SpcConstants.D2_MOVING_RANGE;
            return Math.max(sd, mr);
        }
    }
}
