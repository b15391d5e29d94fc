package org.specloop.calculations.motor.point;

/**
 * Neumaier-compensated running sum. A plain double sum over millions of samples near the
 * same value loses several digits; the compensation keeps the mean exact to about one ulp
 * whatever the sample count, and makes merged partial sums agree with a single pass.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    void addAll(CompensatedSum other) {
        add(other.sum);
        add(other.compensation);
    }

    /** {sum, compensation}: both are needed to continue the sum exactly after a restore. */
    double[] parts() {
        return new double[] {sum, compensation};
    }

    void restore(double[] parts) {
        if (parts == null || parts.length != 2) {
            throw new IllegalArgumentException("a compensated sum is stored as [sum, compensation]");
        }
        sum = parts[0];
        compensation = parts[1];
    }

    double value() {
        return sum + compensation;
    }
}
