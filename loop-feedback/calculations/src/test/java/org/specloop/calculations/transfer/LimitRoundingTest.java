package org.specloop.calculations.transfer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitRoundingTest {

    @Test
    void aMinimumIsRoundedUpToFourSignificantDigits() {
        assertThat(LimitRounding.conservative(1.30381, LimitSide.MIN)).isEqualTo(1.304);
        assertThat(LimitRounding.conservative(1601.2, LimitSide.MIN)).isEqualTo(1602.0);
    }

    @Test
    void aMaximumIsRoundedDown() {
        assertThat(LimitRounding.conservative(1.30389, LimitSide.MAX)).isEqualTo(1.303);
        assertThat(LimitRounding.conservative(2.0519, LimitSide.MAX)).isEqualTo(2.051);
    }

    @Test
    void aValueAlreadyOnTheGridStaysPut() {
        assertThat(LimitRounding.conservative(1.304, LimitSide.MIN)).isEqualTo(1.304);
    }
}
