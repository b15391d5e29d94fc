package org.specloop.calculations.regression;

import java.util.function.DoubleUnaryOperator;

/**
 * Inverse prediction: turns a requirement on y (a motor result) into a limit on x (a magnet
 * property) that holds with the chosen confidence.
 *
 * <p>The lower one-sided bound a + b x - t s sqrt(c + (x - x0)^2 / sxx) is concave in x, and the
 * upper bound convex, so the set of x meeting the requirement is one interval. We find its
 * best point by golden-section search, then each end by bisection.
 */
public final class DerivedLimits {

    private static final double GOLDEN = (Math.sqrt(5.0) - 1.0) / 2.0;
    private static final int ITERATIONS = 200;

    private DerivedLimits() {
    }

    public static DerivedLimit solve(LinearFit fit, LimitQuery query) {
        Sidedness side = query.requirement() == LimitQuery.Requirement.Y_AT_LEAST
                ? Sidedness.LOWER : Sidedness.UPPER;
        // margin(x) >= 0 exactly where the requirement is met; it is concave in x.
        DoubleUnaryOperator margin = x -> {
            PredictionInterval pi = PredictionInterval.at(fit, x, query.confidence(), side, query.kind());
            return side == Sidedness.LOWER ? pi.lower() - query.yRequired() : query.yRequired() - pi.upper();
        };
        double best = argMax(margin, query.xLow(), query.xHigh());
        if (margin.applyAsDouble(best) < 0.0) {
            return new DerivedLimit.NoSolution(String.format(
                    "no x in [%s, %s] gives a %s bound meeting y_req=%s at %s%% confidence",
                    query.xLow(), query.xHigh(), side.name().toLowerCase(), query.yRequired(),
                    100.0 * query.confidence()));
        }
        return query.extreme() == LimitQuery.Extreme.SMALLEST_X
                ? boundary(margin, query.xLow(), best)
                : boundary(margin, query.xHigh(), best);
    }

    // Bisection between an edge and a feasible point; returns the last feasible x.
    private static DerivedLimit boundary(DoubleUnaryOperator margin, double edge, double feasible) {
        if (margin.applyAsDouble(edge) >= 0.0) {
            return new DerivedLimit.Found(edge, true);
        }
        double in = feasible;
        double out = edge;
        for (int i = 0; i < ITERATIONS && Math.abs(in - out) > 1e-12 * Math.max(1.0, Math.abs(in)); i++) {
            double mid = 0.5 * (in + out);
            if (margin.applyAsDouble(mid) >= 0.0) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return new DerivedLimit.Found(in, false);
    }

    private static double argMax(DoubleUnaryOperator f, double lo, double hi) {
        double a = lo;
        double b = hi;
        for (int i = 0; i < ITERATIONS && b - a > 1e-12 * Math.max(1.0, Math.abs(a) + Math.abs(b)); i++) {
            double c = b - GOLDEN * (b - a);
            double d = a + GOLDEN * (b - a);
            if (f.applyAsDouble(c) >= f.applyAsDouble(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        double mid = 0.5 * (a + b);
        // A linear margin peaks at an edge; golden section only gets close, so compare exactly.
        double bestEdge = f.applyAsDouble(lo) >= f.applyAsDouble(hi) ? lo : hi;
        return f.applyAsDouble(bestEdge) >= f.applyAsDouble(mid) ? bestEdge : mid;
    }
}
