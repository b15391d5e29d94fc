package org.specloop.calculations.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Student t distribution with real degrees of freedom df > 0. */
public final class StudentT {

    private static final double RELATIVE_TOLERANCE = 1e-13;
    private static final int MAX_BISECTIONS = 400;
    /** Confidences in use times degrees of freedom seen: a few hundred; more than this is a sign to start over. */
    private static final int QUANTILES_KEPT = 4096;
    private static final Map<Quantile, Double> QUANTILES = new ConcurrentHashMap<>();

    private StudentT() {
    }

    public static double cdf(double t, double df) {
        checkDf(df);
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must be a number");
        }
        double tail = upperTail(Math.abs(t), df);
        return t < 0.0 ? tail : 1.0 - tail;
    }

    /**
     * Inverse CDF: the t with P(T <= t) = p. Remembered per (p, df): a prediction band asks the same quantile
     * at every point of a fit, and each costs a bisection over the incomplete beta function (the hottest
     * SpecLoop frames of the plant benchmark's transfer-function reads).
     */
    public static double quantile(double p, double df) {
        checkDf(df);
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("t quantile needs 0 < p < 1, got " + p);
        }
        if (p == 0.5) {
            return 0.0;
        }
        Quantile key = new Quantile(p, df);
        Double known = QUANTILES.get(key);
        if (known != null) {
            return known;
        }
        double tailProbability = Math.min(p, 1.0 - p);
        double t = positiveQuantileOfUpperTail(tailProbability, df);
        double quantile = p > 0.5 ? t : -t;
        if (QUANTILES.size() >= QUANTILES_KEPT) {
            QUANTILES.clear();
        }
        QUANTILES.put(key, quantile);
        return quantile;
    }

    private record Quantile(double p, double df) {
    }

    // P(T > t) for t >= 0, from the incomplete beta identity for the t distribution.
    private static double upperTail(double t, double df) {
        double x = df / (df + t * t);
        return 0.5 * SpecialFunctions.regularizedBeta(x, 0.5 * df, 0.5);
    }

    private static double positiveQuantileOfUpperTail(double q, double df) {
        double lo = 0.0;
        double hi = 1.0;
        // df = 1 has tails heavy enough that the root can sit many orders of magnitude out.
        while (upperTail(hi, df) > q) {
            lo = hi;
            hi *= 2.0;
            if (Double.isInfinite(hi)) {
                throw new ArithmeticException("t quantile out of range for q=" + q + ", df=" + df);
            }
        }
        for (int i = 0; i < MAX_BISECTIONS && hi - lo > RELATIVE_TOLERANCE * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (upperTail(mid, df) > q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static void checkDf(double df) {
        if (!(df > 0.0) || Double.isInfinite(df)) {
            throw new IllegalArgumentException("degrees of freedom must be finite and > 0, got " + df);
        }
    }
}
