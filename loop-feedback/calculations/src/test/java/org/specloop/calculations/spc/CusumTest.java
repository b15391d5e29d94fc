package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CusumTest {

    private static final CusumParameters K05_H5 = CusumParameters.standard();

    @Test
    void cleanOneSigmaShiftIsFlaggedAfterElevenPoints() {
        // From index 20 each point adds 1 - 0.5 = 0.5 to C+; 0.5 m > 5 first at m = 11 -> index 30.
        double[] series = Series.concat(Series.constant(20, 50.0), Series.constant(30, 52.0));
        assertThat(Cusum.firstSignal(series, 50.0, 2.0, K05_H5)).contains(new Signal(Cusum.UPPER, 30));
        double[] down = Series.concat(Series.constant(20, 50.0), Series.constant(30, 48.0));
        assertThat(Cusum.firstSignal(down, 50.0, 2.0, K05_H5)).contains(new Signal(Cusum.LOWER, 30));
    }

    @Test
    void noisyOneSigmaShiftIsFlaggedWithinAProvenBound() {
        // Noise e_i = 0.4 sin(2.3 i): before the shift every increment z - k <= -0.1, so C+ stays 0;
        // after it every increment is >= 0.1 and C+ = 0.5 m + 0.4 * (sum of sines), where any sum
        // of sin(2.3 i) is bounded by 1/sin(1.15) = 1.0955. So C+ > 5 needs m >= 10 and m = 11
        // is enough: the signal falls on index 29 or 30.
        double[] series = new double[60];
        for (int i = 0; i < series.length; i++) {
            series[i] = (i >= 20 ? 1.0 : 0.0) + 0.4 * Math.sin(2.3 * i);
        }
        assertThat(Cusum.firstSignal(series, 0.0, 1.0, K05_H5).orElseThrow().index()).isBetween(29, 30);
    }

    @Test
    void inControlSeriesGivesNoSignal() {
        double[] series = new double[500];
        for (int i = 0; i < series.length; i++) {
            series[i] = 0.4 * Math.sin(2.3 * i);
        }
        assertThat(Cusum.firstSignal(series, 0.0, 1.0, K05_H5)).isEmpty();
    }
}
