package org.specloop.calculations.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PredictionIntervalTest {

    /*
     * Fit of LeastSquaresTest (a = 2.2, b = 0.6, s = sqrt(0.8), n = 5, df = 3).
     * At x = 3 = xbar: mean se = s sqrt(1/5) = 0.4, new se = s sqrt(1.2) = 0.979796.
     * t(0.975, 3) = 3.182446: mean half width 1.272979, new half width 3.118148.
     * t(0.95, 3) = 2.353363: one-sided new lower bound 4 - 2.305816 = 1.694184.
     * At x = 6: yhat = 5.8, new se = s sqrt(1 + 1/5 + 9/10), half width 4.124922.
     */
    private final LinearFit fit = LeastSquares.fit(LeastSquaresTest.X, LeastSquaresTest.Y);

    @Test
    void twoSidedMeanResponse() {
        PredictionInterval pi = PredictionInterval.at(fit, 3, 0.95, Sidedness.TWO_SIDED, IntervalKind.MEAN_RESPONSE);
        assertThat(pi.estimate()).isCloseTo(4.0, within(1e-12));
        assertThat(pi.lower()).isCloseTo(4.0 - 1.272979, within(1e-6));
        assertThat(pi.upper()).isCloseTo(4.0 + 1.272979, within(1e-6));
    }

    @Test
    void twoSidedNewObservation() {
        PredictionInterval pi = PredictionInterval.at(fit, 3, 0.95, Sidedness.TWO_SIDED, IntervalKind.NEW_OBSERVATION);
        assertThat(pi.upper() - pi.estimate()).isCloseTo(3.118148, within(1e-6));
        PredictionInterval far = PredictionInterval.at(fit, 6, 0.95, Sidedness.TWO_SIDED, IntervalKind.NEW_OBSERVATION);
        assertThat(far.estimate()).isCloseTo(5.8, within(1e-12));
        assertThat(far.upper() - far.estimate()).isCloseTo(4.124922, within(1e-6));
    }

    @Test
    void oneSidedBoundsLeaveTheOtherEndOpen() {
        PredictionInterval lower = PredictionInterval.at(fit, 3, 0.95, Sidedness.LOWER, IntervalKind.NEW_OBSERVATION);
        assertThat(lower.lower()).isCloseTo(1.694184, within(1e-6));
        assertThat(lower.upper()).isEqualTo(Double.POSITIVE_INFINITY);
        PredictionInterval upper = PredictionInterval.at(fit, 3, 0.95, Sidedness.UPPER, IntervalKind.NEW_OBSERVATION);
        assertThat(upper.upper()).isCloseTo(4.0 + 2.305816, within(1e-6));
        assertThat(upper.lower()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void throughOriginNewObservation() {
        // b = 1.2, s^2 = 1.7, df = 4; at x = 2: yhat = 2.4, se = sqrt(1.7 (1 + 4/55)),
        // t(0.975, 4) = 2.776445, half width 3.749369.
        LinearFit origin = LeastSquares.fitThroughOrigin(LeastSquaresTest.X, LeastSquaresTest.Y);
        PredictionInterval pi = PredictionInterval.at(origin, 2, 0.95, Sidedness.TWO_SIDED, IntervalKind.NEW_OBSERVATION);
        assertThat(pi.estimate()).isCloseTo(2.4, within(1e-12));
        assertThat(pi.upper() - pi.estimate()).isCloseTo(3.749369, within(1e-6));
        PredictionInterval atOrigin = PredictionInterval.at(origin, 0, 0.95, Sidedness.TWO_SIDED, IntervalKind.MEAN_RESPONSE);
        assertThat(atOrigin.upper()).isZero();
    }
}
