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
 */
public record ControlChartView(String sourceId, String partNumber, String characteristic, String unit, String chart,
                               int phaseOneLots, boolean phaseOneComplete, Limits limits, Limits dispersionLimits,
                               Double sigma, List<String> rules, List<Point> points, List<SignalView> signals,
                               List<SignalView> spreadSignals, List<String> excludedLots, Cusum cusum, Ewma ewma) {

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
