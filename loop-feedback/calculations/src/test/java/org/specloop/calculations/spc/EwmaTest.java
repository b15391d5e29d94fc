package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EwmaTest {

    @Test
    void limitFactorStartsAtLambdaAndTendsToTheAsymptote() {
        // i = 0: sqrt(0.2/1.8 * (1 - 0.64)) = sqrt(0.04) = 0.2; asymptote sqrt(0.2/1.8) = 1/3.
        assertThat(Ewma.sigmaFactor(0.2, 0)).isCloseTo(0.2, within(1e-12));
        assertThat(Ewma.sigmaFactor(0.2, 200)).isCloseTo(1.0 / 3.0, within(1e-12));
    }

    @Test
    void exactLimitsCatchAStartUpShiftThatAsymptoticLimitsMiss() {
        // First EWMA value 0.2 * 3.1 = 0.62 exceeds 3 * 0.2 = 0.6, but not the asymptotic 1.0.
        EwmaParameters p = new EwmaParameters(0.2, 3.0);
        assertThat(Ewma.firstSignal(new double[] {3.1, 0, 0}, 0.0, 1.0, p)).contains(new Signal(Ewma.UPPER, 0));
    }

    @Test
    void cleanOneSigmaShiftIsFlaggedWhenTheEwmaCrossesTheLimit() {
        // lambda 0.2, L 2.86: after m shifted points EWMA = 1 - 0.8^m; the limit is about
        // 2.86/3 = 0.953333, so 0.8^m < 0.046667 -> m > 13.73, m = 14 -> index 20 + 13 = 33.
        double[] series = Series.concat(Series.constant(20, 0.0), Series.constant(20, 1.0));
        EwmaParameters p = new EwmaParameters(0.2, 2.86);
        assertThat(Ewma.firstSignal(series, 0.0, 1.0, p)).contains(new Signal(Ewma.UPPER, 33));
        double[] down = Series.concat(Series.constant(20, 0.0), Series.constant(20, -1.0));
        assertThat(Ewma.firstSignal(down, 0.0, 1.0, p)).contains(new Signal(Ewma.LOWER, 33));
    }

    @Test
    void inControlSeriesGivesNoSignal() {
        double[] series = new double[500];
        for (int i = 0; i < series.length; i++) {
            series[i] = 10.0 + 0.5 * Math.sin(2.3 * i);
        }
        assertThat(Ewma.firstSignal(series, 10.0, 0.5, new EwmaParameters(0.1, 2.7))).isEmpty();
    }
}
