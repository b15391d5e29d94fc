package org.specloop.calculations.transfer;

import org.specloop.calculations.regression.LimitQuery;

/** One requirement on a motor result: y at least or at most a value. */
public record MotorBound(LimitQuery.Requirement requirement, double value) {

    public static MotorBound atLeast(double value) {
        return new MotorBound(LimitQuery.Requirement.Y_AT_LEAST, value);
    }

    public static MotorBound atMost(double value) {
        return new MotorBound(LimitQuery.Requirement.Y_AT_MOST, value);
    }

    /**
     * The requirement holds for large x when y rises with x and must be high, or falls with x and
     * must be low; then it bounds the magnet property from below, otherwise from above.
     */
    public LimitSide sideFor(double slope) {
        boolean holdsForLargeX = (requirement == LimitQuery.Requirement.Y_AT_LEAST) == (slope > 0);
        return holdsForLargeX ? LimitSide.MIN : LimitSide.MAX;
    }
}
