package org.specloop.calculations.motor.point;

import static org.specloop.calculations.motor.Checks.nonNegative;
import static org.specloop.calculations.motor.Checks.positive;

/**
 * How an operating point is judged. An operating point counts as no-load, and its
 * terminal voltage as back-EMF, when |mean torque| is below the threshold: under load the
 * terminal voltage includes the drops across resistance and inductance.
 *
 * @param noLoadTorqueThresholdNm torque below which the point is no-load, N*m
 */
public record PointSettings(double noLoadTorqueThresholdNm) {

    public PointSettings {
        nonNegative("no-load torque threshold", noLoadTorqueThresholdNm, "N*m");
    }

    /** The usual choice: 1 % of rated torque. */
    public static PointSettings onePercentOfRated(double ratedTorqueNm) {
        return percentOfRated(ratedTorqueNm, 1.0);
    }

    public static PointSettings percentOfRated(double ratedTorqueNm, double percent) {
        positive("rated torque", ratedTorqueNm, "N*m");
        nonNegative("no-load threshold", percent, "% of rated torque");
        return new PointSettings(ratedTorqueNm * percent / 100.0);
    }
}
