package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class XbarSChartTest {

    /*
     * Three subgroups of five, each a run of consecutive integers: means 10, 11, 9, so the grand
     * mean is 10; each s = sqrt((4+1+0+1+4)/4) = sqrt(2.5) = 1.581139 = S-bar.
     * Table constants n = 5: A3 = 1.427, B3 = 0, B4 = 2.089, c4 = 0.9400:
     * Xbar limits 10 +- 2.2563 = 7.7437 .. 12.2563; S limits 0 .. 3.3030; sigma = 1.6821.
     */
    static final double[][] BASELINE = {{8, 9, 10, 11, 12}, {9, 10, 11, 12, 13}, {7, 8, 9, 10, 11}};

    @Test
    void phaseOneLimitsMatchTableConstants() {
        XbarSChart chart = XbarSChart.phaseOne(BASELINE);
        assertThat(chart.subgroupSize()).isEqualTo(5);
        assertThat(chart.grandMean()).isCloseTo(10.0, within(1e-12));
        assertThat(chart.averageStandardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(chart.xbarLimits().lower()).isCloseTo(7.7437, within(1e-3));
        assertThat(chart.xbarLimits().upper()).isCloseTo(12.2563, within(1e-3));
        assertThat(chart.sLimits().lower()).isZero();
        assertThat(chart.sLimits().upper()).isCloseTo(3.3030, within(1e-3));
        assertThat(chart.sigma()).isCloseTo(1.6821, within(1e-3));
    }

    @Test
    void phaseTwoFlagsShiftedMeanAndInflatedSpread() {
        XbarSChart chart = XbarSChart.phaseOne(BASELINE);
        double[][] next = {{9, 10, 11, 10, 10}, {11, 12, 13, 14, 15}, {0, 5, 10, 15, 20}};
        // Subgroup 1 has mean 13 > 12.2563; subgroup 2 has s = 7.906 > 3.303.
        assertThat(chart.monitor(next, RuleSet.of(NelsonRule.RULE_1)))
                .containsExactly(new Signal("NELSON_1", 1), new Signal(XbarSChart.S_ABOVE_UCL, 2));
    }

    @Test
    void sBelowLowerLimitForLargeSubgroups() {
        double[][] baseline = new double[4][10];
        for (int g = 0; g < 4; g++) {
            for (int j = 0; j < 10; j++) {
                baseline[g][j] = j;
            }
        }
        XbarSChart chart = XbarSChart.phaseOne(baseline);
        double[][] tight = {{4, 4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7, 4.8, 4.9}};
        assertThat(chart.monitor(tight, RuleSet.none())).containsExactly(new Signal(XbarSChart.S_BELOW_LCL, 0));
    }

    @Test
    void refusesUnequalSubgroups() {
        assertThatThrownBy(() -> XbarSChart.phaseOne(new double[][] {{1, 2, 3}, {1, 2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subgroup 1 has size 2");
    }
}
