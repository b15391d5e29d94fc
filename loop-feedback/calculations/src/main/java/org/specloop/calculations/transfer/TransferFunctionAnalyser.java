package org.specloop.calculations.transfer;

import org.specloop.calculations.regression.DerivedLimit;
import org.specloop.calculations.regression.DerivedLimits;
import org.specloop.calculations.regression.FitModel;
import org.specloop.calculations.regression.IntervalKind;
import org.specloop.calculations.regression.LeastSquares;
import org.specloop.calculations.regression.LimitQuery;
import org.specloop.calculations.regression.LinearFit;
import org.specloop.calculations.regression.PredictionInterval;
import org.specloop.calculations.regression.Sidedness;
import org.specloop.calculations.stats.StudentT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits one relation and solves for the magnet limit at which every single future motor (a new
 * observation, not the mean) meets the requirement with the given one-sided confidence.
 */
public final class TransferFunctionAnalyser {
    static final int BAND_SAMPLES = 21;
    private final int minimumPoints;

    public TransferFunctionAnalyser(int minimumPoints) {
        if (minimumPoints < 3) {
            throw new IllegalArgumentException("a line with an interval needs at least 3 points, got " + minimumPoints);
        }
        this.minimumPoints = minimumPoints;
    }

    public TransferAnalysis analyse(TransferRelation relation, List<TransferPoint> points, MotorBound bound,
                                    double confidence) {
        if (points.size() < minimumPoints) {
            return without(relation, points, bound, confidence, null, TransferStatus.INSUFFICIENT_DATA,
                    points.size() + " motors, " + minimumPoints + " needed before anything is fitted");
        }
        double[] x = points.stream().mapToDouble(TransferPoint::x).toArray();
        double[] y = points.stream().mapToDouble(TransferPoint::y).toArray();
        double lo = min(x);
        double hi = max(x);
        if (!(hi > lo)) {
            return without(relation, points, bound, confidence, null, TransferStatus.NO_SPREAD,
                    "every motor has the same magnet value " + lo);
        }
        LinearFit fit = relation.model() == FitModel.THROUGH_ORIGIN
                ? LeastSquares.fitThroughOrigin(x, y) : LeastSquares.fit(x, y);
        if (relation.model() == FitModel.WITH_INTERCEPT && !significant(fit, confidence)) {
            return without(relation, points, bound, confidence, fit, TransferStatus.NOT_SIGNIFICANT, String.format(Locale.ROOT,
                    "slope %.4g +- %.2g is not distinguishable from zero at %.0f %% confidence",
                    fit.slope(), fit.slopeStandardError(), 100 * confidence));
        }
        LimitSide side = bound.sideFor(fit.slope());
        double span = hi - lo;
        double xLow = relation.extrapolates() ? 0.5 * lo : lo - span;
        double xHigh = relation.extrapolates() ? 1.5 * hi : hi + span;
        LimitQuery query = new LimitQuery(bound.value(), bound.requirement(),
                side == LimitSide.MIN ? LimitQuery.Extreme.SMALLEST_X : LimitQuery.Extreme.LARGEST_X,
                confidence, IntervalKind.NEW_OBSERVATION, xLow, xHigh);
        List<BandPoint> band = band(fit, bound, confidence, lo, hi);
        DerivedLimit solution = DerivedLimits.solve(fit, query);
        if (solution instanceof DerivedLimit.NoSolution none) {
            return new TransferAnalysis(relation, bound, confidence, points, fit, TransferStatus.NO_SOLUTION, side,
                    null, null, band, none.reason());
        }
        DerivedLimit.Found found = (DerivedLimit.Found) solution;
        if (found.atBracketEdge()) {
            return new TransferAnalysis(relation, bound, confidence, points, fit, TransferStatus.BEYOND_EVIDENCE, side,
                    null, null, band, "the requirement still holds at " + found.x()
                    + ", the edge of the evidenced range; more spread in the magnet data is needed");
        }
        double rounded = LimitRounding.conservative(found.x(), side);
        return new TransferAnalysis(relation, bound, confidence, points, fit, TransferStatus.DERIVED, side,
                found.x(), rounded, band, String.format(Locale.ROOT,
                "%s %s %s at %.0f %% one-sided confidence for every motor needs %s %s %.6g (n = %d, R^2 = %.4f, s = %.4g)",
                relation.response(), bound.requirement() == LimitQuery.Requirement.Y_AT_LEAST ? ">=" : "<=",
                bound.value(), 100 * confidence, relation.characteristic().symbol(),
                side == LimitSide.MIN ? ">=" : "<=", found.x(), fit.n(), fit.rSquared(), fit.residualStandardError()));
    }

    // One-sided t test of the slope at the same confidence the limit is derived with.
    private static boolean significant(LinearFit fit, double confidence) {
        double t = Math.abs(fit.slope()) / fit.slopeStandardError();
        return t > StudentT.quantile(confidence, fit.degreesOfFreedom());
    }

    private static List<BandPoint> band(LinearFit fit, MotorBound bound, double confidence, double lo, double hi) {
        Sidedness sidedness = bound.requirement() == LimitQuery.Requirement.Y_AT_LEAST ? Sidedness.LOWER : Sidedness.UPPER;
        List<BandPoint> band = new ArrayList<>();
        for (int i = 0; i < BAND_SAMPLES; i++) {
            double x = lo + (hi - lo) * i / (BAND_SAMPLES - 1);
            PredictionInterval pi = PredictionInterval.at(fit, x, confidence, sidedness, IntervalKind.NEW_OBSERVATION);
            band.add(new BandPoint(x, pi.estimate(), sidedness == Sidedness.LOWER ? pi.lower() : pi.upper()));
        }
        return band;
    }

    private static TransferAnalysis without(TransferRelation relation, List<TransferPoint> points, MotorBound bound,
                                            double confidence, LinearFit fit, TransferStatus status, String why) {
        return new TransferAnalysis(relation, bound, confidence, points, fit, status, null, null, null, List.of(), why);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
