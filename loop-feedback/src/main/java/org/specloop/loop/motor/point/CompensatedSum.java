package org.specloop.loop.motor.point;

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

    double value() {
        return sum + compensation;
    }
}
