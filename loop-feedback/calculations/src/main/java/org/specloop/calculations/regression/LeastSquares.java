package org.specloop.calculations.regression;

import org.specloop.calculations.stats.Descriptive;

/** Ordinary least squares for one predictor. */
public final class LeastSquares {

    private LeastSquares() {
    }

    public static LinearFit fit(double[] x, double[] y) {
        validate(x, y);
        int n = x.length;
        double xMean = Descriptive.mean(x);
        double yMean = Descriptive.mean(y);
        double sxx = Descriptive.sumOfSquaredDeviations(x, xMean);
        double syy = Descriptive.sumOfSquaredDeviations(y, yMean);
        double sxy = 0.0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - xMean) * (y[i] - yMean);
        }
        double slope = sxy / sxx;
        double intercept = yMean - slope * xMean;
        double sse = residualSumOfSquares(x, y, intercept, slope);
        double s = Math.sqrt(sse / (n - 2));
        double rSquared = syy == 0.0 ? 1.0 : 1.0 - sse / syy;
        return new LinearFit(FitModel.WITH_INTERCEPT, n, intercept, slope,
                s * Math.sqrt(1.0 / n + xMean * xMean / sxx), s / Math.sqrt(sxx),
                rSquared, s, xMean, sxx);
    }

    public static LinearFit fitThroughOrigin(double[] x, double[] y) {
        validate(x, y);
        int n = x.length;
        double sxx = 0.0;
        double sxy = 0.0;
        double syy = 0.0;
        for (int i = 0; i < n; i++) {
            sxx += x[i] * x[i];
            sxy += x[i] * y[i];
            syy += y[i] * y[i];
        }
        double slope = sxy / sxx;
        double sse = residualSumOfSquares(x, y, 0.0, slope);
        double s = Math.sqrt(sse / (n - 1));
        double rSquared = syy == 0.0 ? 1.0 : 1.0 - sse / syy;
        return new LinearFit(FitModel.THROUGH_ORIGIN, n, 0.0, slope, Double.NaN,
                s / Math.sqrt(sxx), rSquared, s, 0.0, sxx);
    }

    private static double residualSumOfSquares(double[] x, double[] y, double a, double b) {
        double sse = 0.0;
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - a - b * x[i];
            sse += r * r;
        }
        return sse;
    }

    private static void validate(double[] x, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        if (x.length < 3) {
            throw new IllegalArgumentException("a line fit needs at least 3 points to estimate its error, got "
                    + x.length);
        }
        Descriptive.requireFiniteSample(x, 3);
        Descriptive.requireFiniteSample(y, 3);
        double xMean = Descriptive.mean(x);
        // With every x equal the data say nothing about a slope, so refuse instead of dividing by zero.
        if (Descriptive.sumOfSquaredDeviations(x, xMean) == 0.0) {
            throw new IllegalArgumentException("x has zero variance (all values equal " + x[0]
                    + "): slope is not identifiable");
        }
    }
}
