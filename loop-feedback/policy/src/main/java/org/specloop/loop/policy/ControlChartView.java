package org.specloop.loop.policy;

import java.time.Instant;
import java.util.List;

/**
 * A control chart ready to draw: one point per lot (I-MR: lot mean; Xbar-S: subgroup mean and s),
 * frozen limits, the phase of each point, and every signal with its rule and lot. signals are the
 * drift signals (they raise drift changes); spreadSignals (moving range above its limit) are shown
 * only, unless specloop.loop.spc.spread-raises-drift is set; excludedLots are the Phase I lots the
 * limits were cleaned of. cusum and ewma (I-MR only) are the Phase II series the drift watch judged
 * the lots by, null when the statistic is off; their points are empty while Phase II has no lot.
 * totalPoints is the number of lots the chart was computed over; a window of the last lots ({@link #lastLots})
 * shows fewer points, with the limits and phases of the whole chart.
 */
public record ControlChartView(String sourceId, String partNumber, String characteristic, String unit, String chart,
                               int phaseOneLots, boolean phaseOneComplete, Limits limits, Limits dispersionLimits,
                               Double sigma, List<String> rules, List<Point> points, List<SignalView> signals,
                               List<SignalView> spreadSignals, List<String> excludedLots, Cusum cusum, Ewma ewma,
                               int totalPoints) {

    public ControlChartView(String sourceId, String partNumber, String characteristic, String unit, String chart,
                            int phaseOneLots, boolean phaseOneComplete, Limits limits, Limits dispersionLimits,
                            Double sigma, List<String> rules, List<Point> points, List<SignalView> signals,
                            List<SignalView> spreadSignals, List<String> excludedLots, Cusum cusum, Ewma ewma) {
        this(sourceId, partNumber, characteristic, unit, chart, phaseOneLots, phaseOneComplete, limits, dispersionLimits,
                sigma, rules, points, signals, spreadSignals, excludedLots, cusum, ewma, points.size());
    }

    public ControlChartView(String sourceId, String partNumber, String characteristic, String unit, String chart,
                            int phaseOneLots, boolean phaseOneComplete, Limits limits, Limits dispersionLimits,
                            Double sigma, List<String> rules, List<Point> points, List<SignalView> signals,
                            List<SignalView> spreadSignals, List<String> excludedLots) {
        this(sourceId, partNumber, characteristic, unit, chart, phaseOneLots, phaseOneComplete, limits, dispersionLimits,
                sigma, rules, points, signals, spreadSignals, excludedLots, null, null);
    }

    public ControlChartView(String sourceId, String partNumber, String characteristic, String unit, String chart,
                            int phaseOneLots, boolean phaseOneComplete, Limits limits, Limits dispersionLimits,
                            Double sigma, List<String> rules, List<Point> points, List<SignalView> signals) {
        this(sourceId, partNumber, characteristic, unit, chart, phaseOneLots, phaseOneComplete, limits, dispersionLimits,
                sigma, rules, points, signals, List.of(), List.of());
    }

    /**
     * The chart's last lots: their points, signals and CUSUM and EWMA values; the limits, sigma, phases and excluded
     * Phase I lots stay those of the whole chart, and totalPoints its number of lots. A chart of a source with 10,000
     * lots was 4 MB of JSON, all of it written for every reader (the plant benchmark at 10^6: p99 837 ms under 32).
     */
    public ControlChartView lastLots(int lots) {
        if (lots < 1) {
            throw new IllegalArgumentException("a chart shows at least one lot, not " + lots);
        }
        if (lots >= points.size()) {
            return this;
        }
        int from = points.get(points.size() - lots).index();
        return new ControlChartView(sourceId, partNumber, characteristic, unit, chart, phaseOneLots, phaseOneComplete, limits,
                dispersionLimits, sigma, rules, List.copyOf(points.subList(points.size() - lots, points.size())),
                from(signals, from), from(spreadSignals, from), excludedLots,
                cusum == null ? null : new Cusum(cusum.k(), cusum.h(),
                        cusum.points().stream().filter(p -> p.index() >= from).toList()),
                ewma == null ? null : new Ewma(ewma.lambda(), ewma.width(),
                        ewma.points().stream().filter(p -> p.index() >= from).toList()),
                totalPoints);
    }

    private static List<SignalView> from(List<SignalView> signals, int from) {
        return signals == null ? null : signals.stream().filter(s -> s.index() >= from).toList();
    }

    public record Limits(double lcl, double center, double ucl) {
    }

    /** Tabular CUSUM with reference value k and decision interval h, both in sigma. */
    public record Cusum(double k, double h, List<CusumPoint> points) {
    }

    /**
     * The sums after one lot, in sigma; signal is the rule (CUSUM_UPPER or CUSUM_LOWER) when one passed h,
     * null otherwise (both restart at zero after a signal).
     */
    public record CusumPoint(int index, String lotId, double upper, double lower, String signal) {
    }

    /** EWMA with weight lambda and limits width sigma-of-the-statistic wide. */
    public record Ewma(double lambda, double width, List<EwmaPoint> points) {
    }

    /**
     * The statistic after one lot and its exact limits there, in the characteristic's unit; signal is the
     * rule (EWMA_UPPER or EWMA_LOWER) at the first lot outside them, the one the drift watch acts on.
     */
    public record EwmaPoint(int index, String lotId, double value, double lcl, double ucl, String signal) {
    }

    /** dispersion is the moving range (I-MR, null for the first point) or the subgroup s (Xbar-S). */
    public record Point(int index, String lotId, double value, Double dispersion, int samples, Instant receivedAt,
                        String phase, List<String> signals) {
    }

    /** onsetLotId: where the shift most likely began (null if the rule does not say); statistic in sigma. */
    public record SignalView(String rule, int index, String lotId, String phase, String onsetLotId, Double statistic) {

        public SignalView(String rule, int index, String lotId, String phase) {
            this(rule, index, lotId, phase, null, null);
        }
    }
}
