package org.specloop.calculations.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalDistributionTest {

    @Test
    void quantileMatchesTables() {
        assertThat(NormalDistribution.quantile(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(NormalDistribution.quantile(0.999)).isCloseTo(3.090232, within(1e-6));
        assertThat(NormalDistribution.quantile(0.5)).isCloseTo(0.0, within(1e-12));
        assertThat(NormalDistribution.quantile(0.025)).isCloseTo(-1.959964, within(1e-6));
        assertThat(NormalDistribution.quantile(1e-10)).isCloseTo(-6.361341, within(1e-6));
    }

    @Test
    void cdfMatchesTables() {
        assertThat(NormalDistribution.cdf(1.959964)).isCloseTo(0.975, within(1e-7));
        assertThat(NormalDistribution.cdf(0.0)).isEqualTo(0.5);
        // Far tail keeps relative precision: Phi(-5) = 2.866516e-7.
        assertThat(NormalDistribution.cdf(-5.0)).isCloseTo(2.866516e-7, within(1e-12));
    }

    @Test
    void refusesProbabilitiesOutsideTheOpenInterval() {
        assertThatThrownBy(() -> NormalDistribution.quantile(0.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
