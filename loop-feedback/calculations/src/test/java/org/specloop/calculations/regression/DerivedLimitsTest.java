package org.specloop.calculations.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.specloop.calculations.regression.LimitQuery.Extreme;
import org.specloop.calculations.regression.LimitQuery.Requirement;

class DerivedLimitsTest {

    /*
     * Fit of LeastSquaresTest: lower 95 % one-sided bound for a new observation is
     * L(x) = 2.2 + 0.6 x - 2.353363 * 0.894427 * sqrt(1.2 + (x - 3)^2 / 10).
     * The bound term grows by 0.666 per unit x far out, faster than the slope 0.6, so L is
     * concave with a maximum of 3.001608 at x = 10.2116: y >= 2 holds on [3.559495, 31.333347]
     * (both roots checked with a numerical root finder), y >= 3.1 never holds.
     * The upper bound U(x) is the mirror image about (3, 4): U(x) <= 6 up to x = 2.440505.
     */
    private final LinearFit fit = LeastSquares.fit(LeastSquaresTest.X, LeastSquaresTest.Y);

    private LimitQuery query(double yReq, Requirement req, Extreme extreme, IntervalKind kind, double lo, double hi) {
        return new LimitQuery(yReq, req, extreme, 0.95, kind, lo, hi);
    }

    @Test
    void smallestXWhoseLowerBoundMeetsTheRequirement() {
        DerivedLimit limit = DerivedLimits.solve(fit,
                query(2.0, Requirement.Y_AT_LEAST, Extreme.SMALLEST_X, IntervalKind.NEW_OBSERVATION, 0, 50));
        assertThat(limit).isInstanceOf(DerivedLimit.Found.class);
        DerivedLimit.Found found = (DerivedLimit.Found) limit;
        assertThat(found.x()).isCloseTo(3.559495, within(1e-6));
        assertThat(found.atBracketEdge()).isFalse();
        double bound = PredictionInterval.at(fit, found.x(), 0.95, Sidedness.LOWER, IntervalKind.NEW_OBSERVATION).lower();
        assertThat(bound).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void largestXOfTheSameRequirementWhereExtrapolationUncertaintyWins() {
        DerivedLimit limit = DerivedLimits.solve(fit,
                query(2.0, Requirement.Y_AT_LEAST, Extreme.LARGEST_X, IntervalKind.NEW_OBSERVATION, 0, 50));
        assertThat(((DerivedLimit.Found) limit).x()).isCloseTo(31.333347, within(1e-5));
    }

    @Test
    void largestXWhoseUpperBoundStaysBelowACeiling() {
        DerivedLimit limit = DerivedLimits.solve(fit,
                query(6.0, Requirement.Y_AT_MOST, Extreme.LARGEST_X, IntervalKind.NEW_OBSERVATION, 0, 20));
        assertThat(((DerivedLimit.Found) limit).x()).isCloseTo(2.440505, within(1e-6));
    }

    @Test
    void meanResponseGivesATighterLimit() {
        // L(x) with sqrt(0.2 + (x - 3)^2 / 10) instead: y >= 3 from x = 2.905724.
        DerivedLimit limit = DerivedLimits.solve(fit,
                query(3.0, Requirement.Y_AT_LEAST, Extreme.SMALLEST_X, IntervalKind.MEAN_RESPONSE, 0, 10));
        assertThat(((DerivedLimit.Found) limit).x()).isCloseTo(2.905724, within(1e-6));
    }

    @Test
    void noSolutionWhenTheRequirementIsOutOfReach() {
        DerivedLimit limit = DerivedLimits.solve(fit,
                query(3.1, Requirement.Y_AT_LEAST, Extreme.SMALLEST_X, IntervalKind.NEW_OBSERVATION, 0, 50));
        assertThat(limit).isInstanceOf(DerivedLimit.NoSolution.class);
        assertThat(((DerivedLimit.NoSolution) limit).reason()).contains("no x in [0.0, 50.0]");
    }

    @Test
    void flagsALimitThatSitsOnTheBracketEdge() {
        DerivedLimit limit = DerivedLimits.solve(fit,
                query(2.0, Requirement.Y_AT_LEAST, Extreme.SMALLEST_X, IntervalKind.NEW_OBSERVATION, 5, 10));
        assertThat(limit).isEqualTo(new DerivedLimit.Found(5, true));
    }

    @Test
    void perfectLineGivesTheAlgebraicInverse() {
        // No residual spread: the bound is the line itself, so x = (y_req - a) / b = (9 - 1) / 2 = 4.
        LinearFit exact = LeastSquares.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        DerivedLimit limit = DerivedLimits.solve(exact,
                query(9.0, Requirement.Y_AT_LEAST, Extreme.SMALLEST_X, IntervalKind.NEW_OBSERVATION, 0, 10));
        assertThat(((DerivedLimit.Found) limit).x()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void keRequirementBecomesABrMinimum() {
        // Ke = 0.0625 Br exactly plus +-0.1 % ripple; Ke >= 0.080 needs Br just above 0.080/0.0625 = 1.28 T.
        double[] br = {1.20, 1.24, 1.28, 1.31, 1.35, 1.40, 1.44, 1.47};
        double[] ke = new double[br.length];
        for (int i = 0; i < br.length; i++) {
            ke[i] = 0.0625 * br[i] * (1 + 0.001 * Math.sin(2.0 * i));
        }
        LinearFit origin = LeastSquares.fitThroughOrigin(br, ke);
        DerivedLimit.Found found = (DerivedLimit.Found) DerivedLimits.solve(origin,
                query(0.080, Requirement.Y_AT_LEAST, Extreme.SMALLEST_X, IntervalKind.NEW_OBSERVATION, 1.0, 1.6));
        assertThat(found.x()).isGreaterThan(1.28).isLessThan(1.29);
    }

    @Test
    void refusesAnEmptyBracket() {
        assertThatThrownBy(() -> query(2.0, Requirement.Y_AT_LEAST, Extreme.SMALLEST_X, IntervalKind.MEAN_RESPONSE, 5, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xLow < xHigh");
    }
}
