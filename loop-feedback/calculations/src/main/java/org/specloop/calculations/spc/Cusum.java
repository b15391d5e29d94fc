package org.specloop.calculations.spc;

import java.util.Optional;

/** Tabular (two one-sided) CUSUM on individual values. */
public final class Cusum {

    public static final String UPPER = "CUSUM_UPPER";
    public static final String LOWER = "CUSUM_LOWER";

    private Cusum() {
    }

    /**
     * The two one-sided sums after one value, in sigma units; signal when either passed h (a chart that
     * restarts after a signal sets both back to zero for the next value).
     */
    public record Sums(int index, double upper, double lower, boolean signal) {
    }

    /** First index where C+ or C- exceeds h; both sums start at 0. */
    public static Optional<Signal> firstSignal(double[] values, double target, double sigma,
                                               CusumParameters p) {
        requireSigma(sigma);
        double upper = 0.0;
        double lower = 0.0;
        for (int i = 0; i < values.length; i++) {
            double z = (values[i] - target) / sigma;
            upper = Math.max(0.0, upper + z - p.k());
            lower = Math.max(0.0, lower - z - p.k());
            if (upper > p.h()) {
                return Optional.of(new Signal(UPPER, i));
            }
            if (lower > p.h()) {
                return Optional.of(new Signal(LOWER, i));
            }
        }
        return Optional.empty();
    }

    static void requireSigma(double sigma) {
        if (!(sigma > 0.0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and > 0, got " + sigma);
        }
    }
}
