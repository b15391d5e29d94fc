package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IndividualsChartTest {

    /*
     * Baseline 10, 12, 11, 13, 12, 10, 11, 12, 13, 11: mean 115/10 = 11.5;
     * moving ranges 2, 1, 2, 1, 2, 1, 1, 1, 2 -> MR-bar = 13/9 = 1.444444;
     * sigma = 1.444444/1.128 = 1.280536; limits 11.5 +- 3.841608 = 7.658392 .. 15.341608;
     * MR chart UCL = 3.267 * 1.444444 = 4.719.
     */
    private static final double[] BASELINE = {10, 12, 11, 13, 12, 10, 11, 12, 13, 11};

    @Test
    void phaseOneLimitsMatchHandComputation() {
        IndividualsChart chart = IndividualsChart.phaseOne(BASELINE);
        assertThat(chart.center()).isCloseTo(11.5, within(1e-12));
        assertThat(chart.averageMovingRange()).isCloseTo(13.0 / 9.0, within(1e-12));
        assertThat(chart.sigma()).isCloseTo(1.280536, within(1e-6));
        assertThat(chart.individualsLimits().lower()).isCloseTo(7.658392, within(1e-6));
        assertThat(chart.individualsLimits().upper()).isCloseTo(15.341608, within(1e-6));
        assertThat(chart.movingRangeLimits().upper()).isCloseTo(4.719, within(1e-9));
        assertThat(chart.movingRangeLimits().lower()).isZero();
        assertThat(chart.baselineSize()).isEqualTo(10);
    }

    @Test
    void phaseTwoUsesTheFrozenLimits() {
        IndividualsChart chart = IndividualsChart.phaseOne(BASELINE);
        // 16 is above 15.34 and the jump 11 -> 16 = 5 exceeds the MR limit 4.719.
        assertThat(chart.monitor(new double[] {11, 16, 11.5}, RuleSet.of(NelsonRule.RULE_1)))
                .containsExactly(new Signal("NELSON_1", 1), new Signal(IndividualsChart.MOVING_RANGE_ABOVE_UCL, 1));
        // Wide new data would widen recomputed limits; frozen limits still flag both extremes.
        assertThat(chart.monitor(new double[] {4, 19, 4, 19}, RuleSet.of(NelsonRule.RULE_1)))
                .extracting(Signal::rule).containsOnly("NELSON_1", IndividualsChart.MOVING_RANGE_ABOVE_UCL)
                .filteredOn("NELSON_1"::equals).hasSize(4);
        assertThat(chart.individualsLimits().upper()).isCloseTo(15.341608, within(1e-6));
    }

    @Test
    void inControlStreamGivesNoSignal() {
        IndividualsChart chart = IndividualsChart.phaseOne(BASELINE);
        assertThat(chart.monitor(new double[] {11, 12, 10.5, 12.5, 11}, RuleSet.nelson())).isEmpty();
    }

    @Test
    void refusesBaselineWithoutVariation() {
        assertThatThrownBy(() -> IndividualsChart.phaseOne(new double[] {5, 5, 5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without variation");
    }
}
