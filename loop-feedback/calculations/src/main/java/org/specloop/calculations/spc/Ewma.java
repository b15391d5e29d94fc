package org.specloop.calculations.spc;

import java.util.Optional;

/** EWMA chart with the exact, time-varying limits, started at the target. */
public final class Ewma {

    public static final String UPPER = "EWMA_UPPER";
    public static final String LOWER = "EWMA_LOWER";

    private Ewma() {
    }

    /**
     * Standard deviation of the EWMA statistic after point i (0-based), in sigma units:
     * sqrt(lambda / (2 - lambda) * (1 - (1 - lambda)^(2 (i + 1)))). The early limits are
     * narrower than the asymptotic ones, which is what makes a shift at start-up visible.
     */
    public static double sigmaFactor(double lambda, int i) {
        return Math.sqrt(lambda / (2.0 - lambda) * (1.0 - Math.pow(1.0 - lambda, 2.0 * (i + 1))));
    }

    public static Optional<Signal> firstSignal(double[] values, double target, double sigma,
                                               EwmaParameters p) {
        Cusum.requireSigma(sigma);
        double ewma = target;
        for (int i = 0; i < values.length; i++) {
            ewma = p.lambda() * values[i] + (1.0 - p.lambda()) * ewma;
            double half = p.width() * sigma * sigmaFactor(p.lambda(), i);
            if (ewma > target + half) {
                return Optional.of(new Signal(UPPER, i));
            }
            if (ewma < target - half) {
                return Optional.of(new Signal(LOWER, i));
            }
        }
        return Optional.empty();
    }
}
