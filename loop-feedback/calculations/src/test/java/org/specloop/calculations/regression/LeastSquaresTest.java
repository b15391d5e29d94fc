package org.specloop.calculations.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.specloop.calculations.stats.StudentT;

class LeastSquaresTest {

    /*
     * Hand computation, x = 1..5, y = 2, 4, 5, 4, 5:
     * xbar = 3, ybar = 4, Sxx = 10, Sxy = (-2)(-2) + (-1)(0) + 0(1) + 1(0) + 2(1) = 6, Syy = 6.
     * b = 6/10 = 0.6, a = 4 - 0.6*3 = 2.2. Fitted 2.8, 3.4, 4.0, 4.6, 5.2;
     * residuals -0.8, 0.6, 1.0, -0.6, -0.2; SSE = 0.64+0.36+1+0.36+0.04 = 2.4.
     * R^2 = 1 - 2.4/6 = 0.6; s^2 = 2.4/3 = 0.8, s = 0.894427;
     * se(b) = s/sqrt(10) = 0.282843; se(a) = s sqrt(1/5 + 9/10) = 0.938083.
     */
    static final double[] X = {1, 2, 3, 4, 5};
    static final double[] Y = {2, 4, 5, 4, 5};

    @Test
    void fitWithInterceptMatchesHandComputation() {
        LinearFit fit = LeastSquares.fit(X, Y);
        assertThat(fit.model()).isEqualTo(FitModel.WITH_INTERCEPT);
        assertThat(fit.n()).isEqualTo(5);
        assertThat(fit.degreesOfFreedom()).isEqualTo(3);
        assertThat(fit.slope()).isCloseTo(0.6, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(2.2, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(0.6, within(1e-12));
        assertThat(fit.residualStandardError()).isCloseTo(0.894427, within(1e-6));
        assertThat(fit.slopeStandardError()).isCloseTo(0.282843, within(1e-6));
        assertThat(fit.interceptStandardError()).isCloseTo(0.938083, within(1e-6));
    }

    /*
     * Through the origin, same data: Sum xy = 2+8+15+16+25 = 66, Sum x^2 = 55, b = 66/55 = 1.2.
     * Residuals 0.8, 1.6, 1.4, -0.8, -1.0; SSE = 6.8; s^2 = 6.8/4 = 1.7;
     * se(b) = sqrt(1.7/55) = 0.175810; uncentred R^2 = 1 - 6.8/86 = 0.920930.
     */
    @Test
    void fitThroughOriginMatchesHandComputation() {
        LinearFit fit = LeastSquares.fitThroughOrigin(X, Y);
        assertThat(fit.model()).isEqualTo(FitModel.THROUGH_ORIGIN);
        assertThat(fit.degreesOfFreedom()).isEqualTo(4);
        assertThat(fit.slope()).isCloseTo(1.2, within(1e-12));
        assertThat(fit.intercept()).isZero();
        assertThat(fit.interceptStandardError()).isNaN();
        assertThat(fit.residualStandardError()).isCloseTo(Math.sqrt(1.7), within(1e-12));
        assertThat(fit.slopeStandardError()).isCloseTo(0.175810, within(1e-6));
        assertThat(fit.rSquared()).isCloseTo(0.920930, within(1e-6));
    }

    @Test
    void recoversAKnownLineUnderDeterministicNoise() {
        // y = 1.5 + 0.8 x + e, e = 0.05 sin(1.7 i) + 0.03 cos(0.9 i): bounded, mean near zero.
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.2 * i;
            y[i] = 1.5 + 0.8 * x[i] + 0.05 * Math.sin(1.7 * i) + 0.03 * Math.cos(0.9 * i);
        }
        LinearFit fit = LeastSquares.fit(x, y);
        assertThat(fit.slope()).isCloseTo(0.8, within(0.01));
        assertThat(fit.intercept()).isCloseTo(1.5, within(0.05));
        assertThat(fit.rSquared()).isGreaterThan(0.99);
        double t = StudentT.quantile(0.975, fit.degreesOfFreedom());
        assertThat(Math.abs(fit.slope() - 0.8)).isLessThan(t * fit.slopeStandardError());
        assertThat(Math.abs(fit.intercept() - 1.5)).isLessThan(t * fit.interceptStandardError());
    }

    @Test
    void throughOriginRecoversKeOverBr() {
        // Ke = 0.0625 Br (V s/rad per T) with a +-0.2 % deterministic ripple.
        double[] br = {1.20, 1.24, 1.28, 1.31, 1.35, 1.40, 1.44};
        double[] ke = new double[br.length];
        for (int i = 0; i < br.length; i++) {
            ke[i] = 0.0625 * br[i] * (1 + 0.002 * Math.sin(2.0 * i));
        }
        LinearFit fit = LeastSquares.fitThroughOrigin(br, ke);
        assertThat(fit.slope()).isCloseTo(0.0625, within(0.0625 * 0.002));
    }

    @Test
    void refusesTooFewPoints() {
        assertThatThrownBy(() -> LeastSquares.fit(new double[] {1, 2}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3 points");
    }

    @Test
    void refusesZeroVarianceInX() {
        assertThatThrownBy(() -> LeastSquares.fit(new double[] {2, 2, 2}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero variance");
        assertThatThrownBy(() -> LeastSquares.fitThroughOrigin(new double[] {2, 2, 2}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero variance");
    }

    @Test
    void refusesMismatchedLengths() {
        assertThatThrownBy(() -> LeastSquares.fit(new double[] {1, 2, 3}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
    }
}
