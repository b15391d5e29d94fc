package org.specloop.calculations.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    @ParameterizedTest(name = "t({0}, df={1}) = {2}")
    @CsvSource({
        // Published t-table values (six decimals).
        "0.95,  10, 1.812461",
        "0.975, 5,  2.570582",
        "0.975, 3,  3.182446",
        "0.95,  3,  2.353363",
        "0.995, 1,  63.656741",
        "0.90,  30, 1.310415",
        "0.05,  7,  -1.894579"
    })
    void quantileMatchesTables(double p, double df, double expected) {
        assertThat(StudentT.quantile(p, df)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void quantileMatchesClosedFormsForOneAndTwoDegreesOfFreedom() {
        // df = 1 is Cauchy: t = tan(pi (p - 1/2)); df = 2: t = (2p - 1) / sqrt(2 p (1 - p)).
        for (double p : new double[] {0.001, 0.2, 0.6, 0.975, 0.9999}) {
            assertThat(StudentT.quantile(p, 1)).isCloseTo(Math.tan(Math.PI * (p - 0.5)),
                    within(1e-9 * Math.max(1.0, Math.abs(Math.tan(Math.PI * (p - 0.5))))));
            assertThat(StudentT.quantile(p, 2)).isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(1e-9));
        }
    }

    @Test
    void cdfInvertsQuantileForNonIntegerDf() {
        double t = StudentT.quantile(0.999, 2.5);
        assertThat(t).isCloseTo(13.822193, within(1e-6));
        assertThat(StudentT.cdf(t, 2.5)).isCloseTo(0.999, within(1e-12));
    }

    @Test
    void cdfKnownValue() {
        // df = 4 closed form: F(t) = 1/2 + (3/8) u (1 - t^2 / (12 (1 + t^2/4))), u = t / sqrt(1 + t^2/4);
        // at t = 2: u = 1.414214, F = 0.5 + 0.530330 * 0.833333 = 0.941942.
        assertThat(StudentT.cdf(2.0, 4)).isCloseTo(0.9419417, within(1e-7));
        assertThat(StudentT.cdf(0.0, 4)).isEqualTo(0.5);
    }

    @Test
    void largeDfApproachesNormal() {
        assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(1.959964, within(1e-5));
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> StudentT.quantile(1.0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.9, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
