package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleSetTest {

    private final double[] series = Series.embedded(2.5, 3.4, 2.4);

    @Test
    void switchingARuleOffSilencesIt() {
        RuleSet all = RuleSet.nelson();
        assertThat(all.evaluate(series, 0, 1)).extracting(Signal::rule).contains("NELSON_1", "NELSON_5");
        RuleSet withoutOne = all.without(NelsonRule.RULE_1);
        assertThat(withoutOne.isEnabled(NelsonRule.RULE_1)).isFalse();
        assertThat(withoutOne.evaluate(series, 0, 1)).extracting(Signal::rule).doesNotContain("NELSON_1");
        assertThat(all.isEnabled(NelsonRule.RULE_1)).as("original stays unchanged").isTrue();
    }

    @Test
    void rulesCanBeMixedAndAddedBack() {
        RuleSet mixed = RuleSet.none().with(WesternElectricRule.RULE_4).with(NelsonRule.RULE_1);
        assertThat(mixed.rules()).containsExactly(WesternElectricRule.RULE_4, NelsonRule.RULE_1);
        assertThat(mixed.firstSignal(series, 0, 1)).contains(new Signal("NELSON_1", 17));
    }

    @Test
    void signalsAreOrderedByIndexThenRule() {
        assertThat(RuleSet.nelson().evaluate(series, 0, 1)).containsExactly(
                new Signal("NELSON_1", 17), new Signal("NELSON_5", 17), new Signal("NELSON_5", 18));
    }

    @Test
    void refusesNonPositiveSigma() {
        assertThatThrownBy(() -> RuleSet.nelson().evaluate(series, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigma > 0");
    }
}
