package org.specloop.calculations.spc;

import java.util.ArrayList;
import java.util.List;
import org.specloop.calculations.stats.Descriptive;

/**
 * Individuals and moving-range (I-MR) chart. {@link #phaseOne} estimates the limits from a
 * baseline; the resulting record is the frozen chart, and {@link #monitor} is Phase II.
 */
public record IndividualsChart(double center, double averageMovingRange, int baselineSize) {

    public static final String MOVING_RANGE_ABOVE_UCL = "MOVING_RANGE_ABOVE_UCL";

    public IndividualsChart {
        if (!(averageMovingRange > 0.0)) {
            throw new IllegalArgumentException("average moving range must be > 0; a baseline without"
                    + " variation cannot set limits");
        }
    }

    public static IndividualsChart phaseOne(double[] baseline) {
        Descriptive.requireFiniteSample(baseline, 2);
        return new IndividualsChart(Descriptive.mean(baseline), averageMovingRange(baseline), baseline.length);
    }

    public static double averageMovingRange(double[] values) {
        Descriptive.requireFiniteSample(values, 2);
        double sum = 0.0;
        for (int i = 1; i < values.length; i++) {
            sum += Math.abs(values[i] - values[i - 1]);
        }
        return sum / (values.length - 1);
    }

    /** Short-term sigma, MR-bar / d2, which ignores slow drift between points. */
    public double sigma() {
        return averageMovingRange / SpcConstants.D2_MOVING_RANGE;
    }

    public ControlLimits individualsLimits() {
        return new ControlLimits(center - 3.0 * sigma(), center, center + 3.0 * sigma());
    }

    public ControlLimits movingRangeLimits() {
        return new ControlLimits(0.0, averageMovingRange, SpcConstants.D4_MOVING_RANGE * averageMovingRange);
    }

    /**
     * Phase II: new points against the frozen limits. Run rules see the individuals; the moving
     * range chart is checked too. Indices refer to {@code values}; the first new point has no
     * moving range because the stream is judged on its own.
     */
    public List<Signal> monitor(double[] values, RuleSet rules) {
        List<Signal> signals = new ArrayList<>(rules.evaluate(values, center, sigma()));
        double mrLimit = movingRangeLimits().upper();
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - values[i - 1]) > mrLimit) {
                signals.add(new Signal(MOVING_RANGE_ABOVE_UCL, i));
            }
        }
        signals.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return signals;
    }
}
