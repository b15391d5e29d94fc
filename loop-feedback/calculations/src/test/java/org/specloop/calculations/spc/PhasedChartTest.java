package org.specloop.calculations.spc;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PhasedChartTest {
    // baseline mean 11.6, MR-bar 1.5, sigma 1.5 / 1.128 = 1.329787, UCL 15.589362
    private static final double[] SERIES = {10, 12, 11, 13, 12, 12, 16};
    private final DriftConfig rules = DriftConfig.rulesOnly(RuleSet.westernElectric());

    @Test
    void limitsComeFromPhaseOneOnly() {
        PhasedChart chart = PhasedChart.individuals(SERIES, 5, rules).orElseThrow();
        assertThat(chart.limits().center()).isCloseTo(11.6, within(1e-12));
        assertThat(chart.limits().upper()).isCloseTo(15.589362, within(1e-6));
        assertThat(chart.dispersionLimits().upper()).isCloseTo(3.267 * 1.5, within(1e-12));
        assertThat(chart.phaseOneComplete()).isTrue();
    }

    @Test
    void aPhaseTwoPointBeyondTheFrozenLimitSignalsAtItsIndexInTheWholeSeries() {
        PhasedChart chart = PhasedChart.individuals(SERIES, 5, rules).orElseThrow();
        assertThat(chart.firstPhaseTwoSignal()).contains(new Signal("WESTERN_ELECTRIC_1", 6));
    }

    @Test
    void whilePhaseOneIsIncompleteNothingIsMonitored() {
        PhasedChart chart = PhasedChart.individuals(SERIES, 10, rules).orElseThrow();
        assertThat(chart.phaseOneComplete()).isFalse();
        assertThat(chart.phaseTwoSignals()).isEmpty();
    }

    @Test
    void aConstantBaselineSetsNoLimits() {
        assertThat(PhasedChart.individuals(new double[]{5, 5, 5, 9}, 3, rules)).isEqualTo(Optional.empty());
    }

    /* Subgroups {1,3} {2,4} {3,5}: means 2, 3, 4, s = sqrt(2) each, so S-bar / c4(2) = sqrt(2) / 0.797885. */
    @Test
    void xbarSUsesThePooledSubgroupSpread() {
        double[][] subgroups = {{1, 3}, {2, 4}, {3, 5}, {20, 22}};
        PhasedChart chart = PhasedChart.xbarS(subgroups, 3, RuleSet.westernElectric()).orElseThrow();
        assertThat(chart.limits().center()).isCloseTo(3.0, within(1e-12));
        assertThat(chart.sigma()).isCloseTo(Math.sqrt(2) / 0.797885, within(1e-5));
        assertThat(chart.firstPhaseTwoSignal().map(Signal::index)).contains(3);
    }
}
