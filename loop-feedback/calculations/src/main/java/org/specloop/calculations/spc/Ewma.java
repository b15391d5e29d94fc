package org.specloop.calculations.spc;

import java.util.ArrayList;
import java.util.List;
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

    /** The statistic after one value and its limits at that point, in the values' unit. */
    public record Point(int index, double value, double lower, double upper) {
    }

    /** The EWMA statistic of every value with its time-varying limits: what firstSignal judges, ready to draw. */
    public static List<Point> series(double[] values, double target, double sigma, EwmaParameters p) {
        Cusum.requireSigma(sigma);
        List<Point> points = new ArrayList<>(values.length);
        double ewma = target;
        for (int i = 0; i < values.length; i++) {
            ewma = p.lambda() * values[i] + (1.0 - p.lambda()) * ewma;
            double half = p.width() * sigma * sigmaFactor(p.lambda(), i);
            points.add(new Point(i, ewma, target - half, target + half));
        }
        return points;
    }

    public static Optional<Signal> firstSignal(double[] values, double target, double sigma,
                                               EwmaParameters p) {
        for (Point point : series(values, target, sigma, p)) {
            if (point.value() > point.upper()) {
                return Optional.of(new Signal(UPPER, point.index()));
            }
            if (point.value() < point.lower()) {
                return Optional.of(new Signal(LOWER, point.index()));
            }
        }
        return Optional.empty();
    }
}
