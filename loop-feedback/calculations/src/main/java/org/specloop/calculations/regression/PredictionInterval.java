package org.specloop.calculations.regression;

import org.specloop.calculations.stats.StudentT;

/** A prediction at x with its interval; a one-sided interval has an infinite other end. */
public record PredictionInterval(double x, double estimate, double lower, double upper,
                                 double confidence, Sidedness sidedness, IntervalKind kind) {

    public static PredictionInterval at(LinearFit fit, double x, double confidence,
                                        Sidedness sidedness, IntervalKind kind) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be finite, got " + x);
        }
        double estimate = fit.predict(x);
        double halfWidth = criticalT(confidence, sidedness, fit.degreesOfFreedom())
                * fit.standardError(x, kind);
        double lower = sidedness == Sidedness.UPPER ? Double.NEGATIVE_INFINITY : estimate - halfWidth;
        double upper = sidedness == Sidedness.LOWER ? Double.POSITIVE_INFINITY : estimate + halfWidth;
        return new PredictionInterval(x, estimate, lower, upper, confidence, sidedness, kind);
    }

    static double criticalT(double confidence, Sidedness sidedness, int df) {
        double alpha = 1.0 - confidence;
        double p = sidedness == Sidedness.TWO_SIDED ? 1.0 - alpha / 2.0 : confidence;
        return StudentT.quantile(p, df);
    }
}
