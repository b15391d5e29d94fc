package org.specloop.calculations.stats;

/**
 * Log-gamma and the regularized incomplete beta and gamma functions, the building blocks
 * of the t and normal distributions and of the c4 control-chart constant.
 */
public final class SpecialFunctions {

    // Lanczos approximation, g = 7, n = 9: relative error near 1e-15 for x > 0.
    private static final double LANCZOS_G = 7.0;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905,
        -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;

    private SpecialFunctions() {
    }

    public static double logGamma(double x) {
        if (!(x > 0.0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        if (x < 0.5) {
            // Reflection keeps the Lanczos series in the range where it is accurate.
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1.0 - x);
        }
        double z = x - 1.0;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** I_x(a, b), the regularized incomplete beta function. */
    public static double regularizedBeta(double x, double a, double b) {
        if (!(a > 0.0) || !(b > 0.0) || Double.isNaN(x)) {
            throw new IllegalArgumentException("regularizedBeta needs a, b > 0 and a number x");
        }
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return 1.0;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b)
                + a * Math.log(x) + b * Math.log1p(-x);
        // The continued fraction converges fast only on this side of the mean, so use symmetry.
        if (x < (a + 1.0) / (a + b + 2.0)) {
            return Math.exp(logFront) * betaContinuedFraction(x, a, b) / a;
        }
        return 1.0 - Math.exp(logFront) * betaContinuedFraction(1.0 - x, b, a) / b;
    }

    /** P(a, x), the regularized lower incomplete gamma function. */
    public static double regularizedGammaP(double a, double x) {
        checkGammaArguments(a, x);
        if (x == 0.0) {
            return 0.0;
        }
        return x < a + 1.0 ? gammaSeries(a, x) : 1.0 - gammaContinuedFraction(a, x);
    }

    /** Q(a, x) = 1 - P(a, x), computed directly so that small upper tails keep their digits. */
    public static double regularizedGammaQ(double a, double x) {
        checkGammaArguments(a, x);
        if (x == 0.0) {
            return 1.0;
        }
        return x < a + 1.0 ? 1.0 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
    }

    private static void checkGammaArguments(double a, double x) {
        if (!(a > 0.0) || !(x >= 0.0)) {
            throw new IllegalArgumentException("incomplete gamma needs a > 0 and x >= 0");
        }
    }

    // Modified Lentz evaluation of the continued fraction for I_x(a, b).
    private static double betaContinuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = nonZero(1.0 - qab * x / qap);
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 / nonZero(1.0 + aa * d);
            c = nonZero(1.0 + aa / c);
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 / nonZero(1.0 + aa * d);
            c = nonZero(1.0 + aa / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta did not converge for a=" + a + ", b=" + b);
    }

    private static double gammaSeries(double a, double x) {
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n <= MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
            }
        }
        throw new ArithmeticException("incomplete gamma series did not converge for a=" + a);
    }

    private static double gammaContinuedFraction(double a, double x) {
        double b = x + 1.0 - a;
        double c = 1.0 / TINY;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2.0;
            d = 1.0 / nonZero(an * d + b);
            c = nonZero(b + an / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < EPSILON) {
                return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
            }
        }
        throw new ArithmeticException("incomplete gamma fraction did not converge for a=" + a);
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
