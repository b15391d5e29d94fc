package org.specloop.calculations.stats;

import java.util.Arrays;

/**
 * Summary of a sample. The standard deviation is the sample (n - 1) one and is NaN when
 * n = 1, because one value carries no information about spread.
 */
public record Descriptive(int n, double mean, double min, double max, double standardDeviation,
                          double median) {

    public static Descriptive of(double[] values) {
        requireFiniteSample(values, 1);
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = mean(values);
        double sd = n < 2 ? Double.NaN : Math.sqrt(sumOfSquaredDeviations(values, mean) / (n - 1));
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        return new Descriptive(n, mean, sorted[0], sorted[n - 1], sd, median);
    }

    public double variance() {
        return standardDeviation * standardDeviation;
    }

    public static double mean(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    // Two passes (mean first) avoid the cancellation of the textbook sum-of-squares formula
    // when values sit far from zero, e.g. Br around 1.3 T with spread in the fourth digit.
    public static double sumOfSquaredDeviations(double[] values, double mean) {
        double sum = 0.0;
        for (double v : values) {
            double d = v - mean;
            sum += d * d;
        }
        return sum;
    }

    public static void requireFiniteSample(double[] values, int minimumSize) {
        if (values == null || values.length < minimumSize) {
            throw new IllegalArgumentException("need at least " + minimumSize + " values, got "
                    + (values == null ? 0 : values.length));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value at index " + i + " is not finite: " + values[i]);
            }
        }
    }
}
