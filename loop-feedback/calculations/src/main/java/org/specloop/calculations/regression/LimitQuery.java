package org.specloop.calculations.regression;

/**
 * What to solve for: the smallest or largest x in [xLow, xHigh] at which the one-sided
 * prediction bound of y still meets {@code yRequired}. A requirement "y at least" is checked
 * against the lower bound, "y at most" against the upper bound.
 */
public record LimitQuery(double yRequired, Requirement requirement, Extreme extreme,
                         double confidence, IntervalKind kind, double xLow, double xHigh) {

    public enum Requirement { Y_AT_LEAST, Y_AT_MOST }

    public enum Extreme { SMALLEST_X, LARGEST_X }

    public LimitQuery {
        if (!Double.isFinite(yRequired) || !Double.isFinite(xLow) || !Double.isFinite(xHigh)) {
            throw new IllegalArgumentException("requirement and bracket must be finite");
        }
        if (!(xLow < xHigh)) {
            throw new IllegalArgumentException("bracket needs xLow < xHigh, got [" + xLow + ", " + xHigh + "]");
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
        }
        if (requirement == null || extreme == null || kind == null) {
            throw new IllegalArgumentException("requirement, extreme and kind are required");
        }
    }
}
