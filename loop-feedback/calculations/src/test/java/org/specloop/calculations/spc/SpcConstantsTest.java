package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpcConstantsTest {

    @ParameterizedTest(name = "n={0}")
    @CsvSource({
        // Published control chart constants (ASTM / Montgomery Appendix VI), 4 or 3 decimals.
        "2,  0.7979, 2.659, 0,     3.267",
        "3,  0.8862, 1.954, 0,     2.568",
        "5,  0.9400, 1.427, 0,     2.089",
        "6,  0.9515, 1.287, 0.030, 1.970",
        "10, 0.9727, 0.975, 0.284, 1.716",
        "15, 0.9823, 0.789, 0.428, 1.572",
        "20, 0.9869, 0.680, 0.510, 1.490",
        "25, 0.9896, 0.606, 0.565, 1.435"
    })
    void matchesPublishedTable(int n, double c4, double a3, double b3, double b4) {
        assertThat(SpcConstants.c4(n)).isCloseTo(c4, within(5e-5));
        assertThat(SpcConstants.a3(n)).isCloseTo(a3, within(5e-4));
        assertThat(SpcConstants.b3(n)).isCloseTo(b3, within(5e-4));
        assertThat(SpcConstants.b4(n)).isCloseTo(b4, within(5e-4));
    }

    @Test
    void c4OfTwoIsExact() {
        assertThat(SpcConstants.c4(2)).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-14));
    }

    @Test
    void refusesSubgroupOfOne() {
        assertThatThrownBy(() -> SpcConstants.c4(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
