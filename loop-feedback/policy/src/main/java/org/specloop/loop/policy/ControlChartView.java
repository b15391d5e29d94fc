package org.specloop.loop.policy;

import java.time.Instant;
import java.util.List;

/**
 * A control chart ready to draw: one point per lot (I-MR: lot mean; Xbar-S: subgroup mean and s),
 * frozen limits, the phase of each point, and every signal with its rule and lot.
 */
public record ControlChartView(String sourceId, String partNumber, String characteristic, String unit, String chart,
                               int phaseOneLots, boolean phaseOneComplete, Limits limits, Limits dispersionLimits,
                               Double sigma, List<String> rules, List<Point> points, List<SignalView> signals) {

    public record Limits(double lcl, double center, double ucl) {
    }

    /** dispersion is the moving range (I-MR, null for the first point) or the subgroup s (Xbar-S). */
    public record Point(int index, String lotId, double value, Double dispersion, int samples, Instant receivedAt,
                        String phase, List<String> signals) {
    }

    public record SignalView(String rule, int index, String lotId, String phase) {
    }
}
