package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WesternElectricRuleTest {

    @Test
    void eachRuleFiresOnItsPattern() {
        assertThat(RuleSet.westernElectric().evaluate(Series.embedded(0.3, -3.2, 0.1), 0, 1))
                .containsExactly(new Signal("WESTERN_ELECTRIC_1", 17));
        assertThat(RuleSet.westernElectric().evaluate(Series.embedded(-2.5, -0.3, -2.1), 0, 1))
                .containsExactly(new Signal("WESTERN_ELECTRIC_2", 18));
        assertThat(RuleSet.westernElectric().evaluate(Series.embedded(1.5, 1.2, 0.5, 1.4, 1.6), 0, 1))
                .containsExactly(new Signal("WESTERN_ELECTRIC_3", 20));
    }

    @Test
    void eightOnOneSideIsWesternElectricButNotNelson() {
        double[] series = Series.embedded(-1.5, 0.3, 0.8, 0.6, 0.2, 0.4, 0.9, 0.7, 0.1, -1.5);
        assertThat(RuleSet.westernElectric().evaluate(series, 0, 1))
                .containsExactly(new Signal("WESTERN_ELECTRIC_4", 24));
        assertThat(RuleSet.nelson().evaluate(series, 0, 1)).isEmpty();
    }

    @Test
    void ruleOneIsShared() {
        assertThat(WesternElectricRule.RULE_1.description()).isEqualTo(NelsonRule.RULE_1.description());
    }
}
