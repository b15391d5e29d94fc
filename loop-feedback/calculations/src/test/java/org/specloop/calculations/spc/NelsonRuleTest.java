package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NelsonRuleTest {

    private static final int OFFSET = 16;

    // The filler ends 1.5, -0.4, 0.1: the 0.1 opens the rule 4 alternation and -0.4, 0.1 open the
    // rule 7 run, so both complete before the last pattern point.
    static Stream<Arguments> triggers() {
        return Stream.of(
            Arguments.of(NelsonRule.RULE_1, new double[] {0.3, 3.4, -0.2}, 1),
            Arguments.of(NelsonRule.RULE_2, new double[] {-1.5, 0.3, 0.8, 0.6, 0.2, 0.4, 0.9, 0.7, 0.1, 0.5, -1.5}, 9),
            Arguments.of(NelsonRule.RULE_3, new double[] {-0.8, -0.5, -0.1, 0.2, 0.6, 0.9}, 5),
            Arguments.of(NelsonRule.RULE_4, new double[] {0.5, -0.5, 0.6, -0.4, 0.6, -0.3, 0.4, -1.2, 0.5, -0.2,
                0.3, -0.5, 0.6, -0.4}, 12),
            Arguments.of(NelsonRule.RULE_5, new double[] {2.5, 0.3, 2.4}, 2),
            Arguments.of(NelsonRule.RULE_6, new double[] {1.5, 1.2, 0.5, 1.4, 1.6}, 4),
            Arguments.of(NelsonRule.RULE_7, new double[] {0.5, -0.3, -0.6, 0.2, 0.4, -0.5, 0.1, 0.3, -0.2, -0.7,
                0.6, 0.2, -0.4, 0.5, 0.7}, 12),
            Arguments.of(NelsonRule.RULE_8, new double[] {1.5, -1.4, -1.6, 1.3, 1.8, -1.5, 1.2, -1.3}, 7));
    }

    static Stream<Arguments> nearMisses() {
        return Stream.of(
            Arguments.of(NelsonRule.RULE_1, new double[] {0.3, 2.9, -3.0}),
            Arguments.of(NelsonRule.RULE_2, new double[] {-1.5, 0.3, 0.8, 0.6, 0.2, 0.4, 0.9, 0.7, 0.1, -1.5}),
            Arguments.of(NelsonRule.RULE_3, new double[] {-0.8, -0.5, -0.1, -0.1, 0.6, 0.9}),
            Arguments.of(NelsonRule.RULE_4, new double[] {0.5, -0.5, 0.6, -0.4, 0.6, -0.3, 0.4, -1.2, 0.5, -0.2,
                0.3, -0.5, -0.7}),
            Arguments.of(NelsonRule.RULE_5, new double[] {2.5, 0.3, 0.2, 2.4, -2.4}),
            Arguments.of(NelsonRule.RULE_6, new double[] {1.5, 1.2, 0.5, -1.4, 1.6}),
            Arguments.of(NelsonRule.RULE_7, new double[] {-1.2, 0.5, -0.3, -0.6, 0.2, 0.4, -0.5, 0.1, 0.3, -0.2, -0.7,
                0.6, 0.2, -0.4, 0.5, 1.7}),
            Arguments.of(NelsonRule.RULE_8, new double[] {1.5, -1.4, -1.6, 1.3, 1.8, -1.5, 1.2, -0.9}));
    }

    @ParameterizedTest(name = "{0} fires alone")
    @MethodSource("triggers")
    void craftedSeriesTriggersExactlyThatRule(NelsonRule rule, double[] pattern, int completingIndex) {
        List<Signal> signals = RuleSet.nelson().evaluate(Series.embedded(pattern), 0.0, 1.0);
        assertThat(signals).isNotEmpty();
        assertThat(signals).extracting(Signal::rule).containsOnly(rule.id());
        assertThat(signals.get(0).index()).isEqualTo(OFFSET + completingIndex);
    }

    @ParameterizedTest(name = "{0} near miss")
    @MethodSource("nearMisses")
    void nearMissDoesNotTriggerTheRule(NelsonRule rule, double[] pattern) {
        assertThat(RuleSet.of(rule).evaluate(Series.embedded(pattern), 0.0, 1.0)).isEmpty();
    }

    @Test
    void neutralFillerFiresNothing() {
        assertThat(RuleSet.nelson().evaluate(Series.neutral(10), 0.0, 1.0)).isEmpty();
        assertThat(RuleSet.westernElectric().evaluate(Series.neutral(10), 0.0, 1.0)).isEmpty();
    }

    @Test
    void worksInEngineeringUnits() {
        // Br around 1.30 T with sigma 0.005 T: the 3.4 sigma point is 1.317 T.
        double[] z = Series.embedded(0.3, 3.4, -0.2);
        double[] br = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            br[i] = 1.30 + 0.005 * z[i];
        }
        assertThat(RuleSet.nelson().evaluate(br, 1.30, 0.005)).containsExactly(new Signal("NELSON_1", 17));
    }
}
