package org.specloop.calculations.transfer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TransferFunctionAnalyserTest {
    private static final double[] X = {1, 2, 3, 4, 5};
    private static final double[] Y = {2, 4, 5, 4, 5};
    private final TransferFunctionAnalyser analyser = new TransferFunctionAnalyser(5);

    private static List<TransferPoint> points(double[] x, double[] y) {
        List<TransferPoint> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            points.add(new TransferPoint("M-" + i, List.of("LOT-" + i), x[i], y[i]));
        }
        return points;
    }

    /*
     * Through the origin: b = 1.2, s = sqrt(1.7), sum x^2 = 55, t(0.95, 4) = 2.131847, so the lower
     * bound for one new motor is L(x) = 1.2 x - 2.779612 sqrt(1 + x^2 / 55); L(x) = 4 at
     * x = 6.391108 (bisection in a separate script), which rounds up to 6.392.
     */
    @Test
    void derivesTheSmallestMagnetValueWhoseLowerBoundMeetsAMinimum() {
        TransferAnalysis a = analyser.analyse(TransferRelation.KE_VS_BR, points(X, Y), MotorBound.atLeast(4.0), 0.95);
        assertThat(a.status()).isEqualTo(TransferStatus.DERIVED);
        assertThat(a.side()).isEqualTo(LimitSide.MIN);
        assertThat(a.derivedLimit()).isCloseTo(6.391108, within(1e-5));
        assertThat(a.roundedLimit()).isEqualTo(6.392);
        assertThat(a.fit().slope()).isCloseTo(1.2, within(1e-12));
    }

    /* U(x) = 1.2 x + 2.779612 sqrt(1 + x^2 / 55) = 8 at x = 4.030384, rounded down to 4.030. */
    @Test
    void derivesTheLargestMagnetValueWhoseUpperBoundMeetsAMaximum() {
        TransferAnalysis a = analyser.analyse(TransferRelation.KE_VS_BR, points(X, Y), MotorBound.atMost(8.0), 0.95);
        assertThat(a.side()).isEqualTo(LimitSide.MAX);
        assertThat(a.derivedLimit()).isCloseTo(4.030384, within(1e-5));
        assertThat(a.roundedLimit()).isEqualTo(4.03);
    }

    /* With intercept the slope is 0.6 +- 0.282843, t = 2.1213 < t(0.95, 3) = 2.3534. */
    @Test
    void aSlopeIndistinguishableFromZeroProposesNothing() {
        TransferAnalysis a = analyser.analyse(TransferRelation.EFFICIENCY_VS_BR, points(X, Y), MotorBound.atLeast(4.0), 0.95);
        assertThat(a.status()).isEqualTo(TransferStatus.NOT_SIGNIFICANT);
        assertThat(a.derivedLimit()).isNull();
        assertThat(a.fit()).isNotNull();
    }

    @Test
    void fewerMotorsThanTheMinimumAreNotFitted() {
        TransferAnalysis a = new TransferFunctionAnalyser(6)
                .analyse(TransferRelation.KE_VS_BR, points(X, Y), MotorBound.atLeast(4.0), 0.95);
        assertThat(a.status()).isEqualTo(TransferStatus.INSUFFICIENT_DATA);
        assertThat(a.fit()).isNull();
        assertThat(a.explanation()).contains("5 motors, 6 needed");
    }

    @Test
    void aRequirementMetAcrossTheWholeEvidencedRangeIsBeyondTheEvidence() {
        // loss falls with HcJ; the upper bound stays below 50 % everywhere near the data
        double[] hcj = {800, 820, 840, 860, 880, 900};
        double[] loss = {3.1, 2.7, 2.4, 1.9, 1.6, 1.2};
        TransferAnalysis a = analyser.analyse(TransferRelation.DEMAG_LOSS_VS_HCJ, points(hcj, loss), MotorBound.atMost(50.0), 0.95);
        assertThat(a.status()).isEqualTo(TransferStatus.BEYOND_EVIDENCE);
        assertThat(a.side()).isEqualTo(LimitSide.MIN);
    }

    @Test
    void theBandSamplesTheOneSidedBoundAcrossTheData() {
        TransferAnalysis a = analyser.analyse(TransferRelation.KE_VS_BR, points(X, Y), MotorBound.atLeast(4.0), 0.95);
        assertThat(a.band()).hasSize(TransferFunctionAnalyser.BAND_SAMPLES);
        BandPoint first = a.band().get(0);
        assertThat(first.x()).isEqualTo(1.0);
        assertThat(first.fitted()).isCloseTo(1.2, within(1e-12));
        assertThat(first.bound()).isCloseTo(1.2 - 2.131847 * Math.sqrt(1.7) * Math.sqrt(1 + 1.0 / 55), within(1e-5));
    }

    @Test
    void needsAtLeastThreePointsToBeConfigured() {
        assertThatThrownBy(() -> new TransferFunctionAnalyser(2)).isInstanceOf(IllegalArgumentException.class);
    }
}
