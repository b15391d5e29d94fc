package org.specloop.calculations.stats;

/** Standard normal distribution: CDF and quantile. */
public final class NormalDistribution {

    // Acklam's rational approximation; relative error about 1.15e-9 before refinement.
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02,
        -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02,
        -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01,
        -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01,
        2.445134137142996e+00, 3.754408661907416e+00};
    private static final double P_LOW = 0.02425;
    private static final double SQRT_TWO_PI = Math.sqrt(2.0 * Math.PI);

    private NormalDistribution() {
    }

    public static double cdf(double z) {
        // erfc through the upper incomplete gamma keeps the far tails accurate.
        double tail = 0.5 * SpecialFunctions.regularizedGammaQ(0.5, 0.5 * z * z);
        return z < 0.0 ? tail : 1.0 - tail;
    }

    public static double density(double z) {
        return Math.exp(-0.5 * z * z) / SQRT_TWO_PI;
    }

    public static double quantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("normal quantile needs 0 < p < 1, got " + p);
        }
        double x = acklam(p);
        // One Halley step against the accurate CDF brings the error to machine level.
        double e = cdf(x) - p;
        double u = e * SQRT_TWO_PI * Math.exp(0.5 * x * x);
        return x - u / (1.0 + 0.5 * x * u);
    }

    private static double acklam(double p) {
        if (p < P_LOW) {
            double q = Math.sqrt(-2.0 * Math.log(p));
            return tail(q);
        }
        if (p > 1.0 - P_LOW) {
            double q = Math.sqrt(-2.0 * Math.log1p(-p));
            return -tail(q);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0);
    }

    private static double tail(double q) {
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
    }
}
