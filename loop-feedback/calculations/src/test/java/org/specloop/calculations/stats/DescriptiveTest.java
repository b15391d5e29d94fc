package org.specloop.calculations.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DescriptiveTest {

    @Test
    void summaryOfASmallSample() {
        // mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; s = sqrt(32/7) = 2.138090.
        Descriptive d = Descriptive.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertThat(d.n()).isEqualTo(8);
        assertThat(d.mean()).isEqualTo(5.0);
        assertThat(d.min()).isEqualTo(2.0);
        assertThat(d.max()).isEqualTo(9.0);
        assertThat(d.standardDeviation()).isCloseTo(2.138090, within(1e-6));
        assertThat(d.median()).isEqualTo(4.5);
    }

    @Test
    void oddCountMedianAndUnsortedInput() {
        Descriptive d = Descriptive.of(new double[] {9, 1, 5});
        assertThat(d.median()).isEqualTo(5.0);
        assertThat(d.min()).isEqualTo(1.0);
    }

    @Test
    void keepsPrecisionFarFromZero() {
        Descriptive d = Descriptive.of(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3});
        assertThat(d.standardDeviation()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void singleValueHasNoSpread() {
        assertThat(Descriptive.of(new double[] {3}).standardDeviation()).isNaN();
    }

    @Test
    void refusesEmptyAndNonFinite() {
        assertThatThrownBy(() -> Descriptive.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Descriptive.of(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
    }
}
