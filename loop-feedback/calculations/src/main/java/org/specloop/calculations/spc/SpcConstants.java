package org.specloop.calculations.spc;

import org.specloop.calculations.stats.SpecialFunctions;

/**
 * Control chart constants. c4 is computed from the gamma function rather than tabled, so any
 * subgroup size works and the table in the tests is an independent check.
 */
public final class SpcConstants {

    /** Mean of the moving range of two normal values, in sigma units. */
    public static final double D2_MOVING_RANGE = 1.128;
    /** Upper limit factor of a moving-range chart (span 2). */
    public static final double D4_MOVING_RANGE = 3.267;

    private SpcConstants() {
    }

    /** E[s] / sigma for a normal sample of size n. */
    public static double c4(int n) {
        requireSubgroupSize(n);
        double logRatio = SpecialFunctions.logGamma(n / 2.0) - SpecialFunctions.logGamma((n - 1) / 2.0);
        return Math.sqrt(2.0 / (n - 1)) * Math.exp(logRatio);
    }

    public static double a3(int n) {
        return 3.0 / (c4(n) * Math.sqrt(n));
    }

    public static double b3(int n) {
        return Math.max(0.0, 1.0 - sSpread(n));
    }

    public static double b4(int n) {
        return 1.0 + sSpread(n);
    }

    // Three standard deviations of s, relative to its mean: 3 sqrt(1 - c4^2) / c4.
    private static double sSpread(int n) {
        double c4 = c4(n);
        return 3.0 * Math.sqrt(1.0 - c4 * c4) / c4;
    }

    private static void requireSubgroupSize(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("subgroup size must be at least 2, got " + n);
        }
    }
}
