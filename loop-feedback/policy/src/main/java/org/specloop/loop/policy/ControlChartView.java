package org.specloop.loop.policy;

import java.time.Instant;
import java.util.List;

/**
 * A control chart ready to draw: one point per lot (I-MR: lot mean; Xbar-S: subgroup mean and s),
 * frozen limits, the phase of each point, and every signal with its rule and lot. signals are the
 * drift signals (they raise drift changes); spreadSignals (moving range above its limit) are shown
 * only, unless specloop.loop.spc.spread-raises-drift is set; excludedLots are the Phase I lots the
 * limits were cleaned of.
 */
public record ControlChartView(String sourceId, String partNumber, String characteristic, String unit, String chart,
                               int phaseOneLots, boolean phaseOneComplete, Limits limits, Limits dispersionLimits,
                               Double sigma, List<String> rules, List<Point> points, List<SignalView> signals,
                               List<SignalView> spreadSignals, List<String> excludedLots) {

    public ControlChartView(String sourceId, String partNumber, String characteristic, String unit, String chart,
                            int phaseOneLots, boolean phaseOneComplete, Limits limits, Limits dispersionLimits,
                            Double sigma, List<String> rules, List<Point> points, List<SignalView> signals) {
        this(sourceId, partNumber, characteristic, unit, chart, phaseOneLots, phaseOneComplete, limits, dispersionLimits,
                sigma, rules, points, signals, List.of(), List.of());
    }

    public record Limits(double lcl, double center, double ucl) {
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
