package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    /*
     * Baseline alternates 10 -+ 0.564: center 10, every moving range 1.128, so sigma = 1.
     * Shifted stream (sigma units): one filler period 0.4 -0.6 0.2 0.5 -0.3 1.5 -0.4 0.1, then
     * 0.8 from index 8 on.
     * Nelson 2: the filler's last 0.1 and the 0.8s are nine above center at index 15; nothing
     * else fires earlier (no point beyond 1 sigma after the filler, no trend in a constant).
     * CUSUM k = 0.25, h = 2: C+ after the filler is 0.45, then +0.55 per point: 2.1 > 2 at index 10.
     * CUSUM k = 0.5, h = 5: C+ is 0 after the filler, then +0.3 per point: 5.1 > 5 at index 24.
     * EWMA lambda = 0.2, L = 2: step by step z_14 = 0.6651 < 2 * 0.3332 = 0.6664 and
     * z_15 = 0.6921 > 0.6664, so index 15, the same point as Nelson 2.
     */
    private static final double[] BASELINE = new double[20];
    private static final double[] SHIFTED = inUnits(Series.concat(Series.neutral(1), Series.constant(22, 0.8)));

    static {
        for (int i = 0; i < BASELINE.length; i++) {
            BASELINE[i] = i % 2 == 0 ? 9.436 : 10.564;
        }
    }

    private static double[] inUnits(double[] z) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = 10.0 + z[i];
        }
        return out;
    }

    private static Optional<DriftSignal> detect(DriftConfig config, double[] stream) {
        return new DriftDetector(config).firstSignal("MAGNET-CO-A", "Br", BASELINE, stream);
    }

    private static DriftConfig config(RuleSet rules, CusumParameters cusum, EwmaParameters ewma) {
        return new DriftConfig(rules, Optional.ofNullable(cusum), Optional.ofNullable(ewma));
    }

    @Test
    void runRulesAloneReportRuleSourceAndValue() {
        assertThat(detect(DriftConfig.rulesOnly(RuleSet.nelson()), SHIFTED))
                .contains(new DriftSignal("MAGNET-CO-A", "Br", "NELSON_2", 15, 10.8));
    }

    @Test
    void earliestSignalWins() {
        assertThat(detect(config(RuleSet.nelson(), new CusumParameters(0.25, 2.0), null), SHIFTED)
                .orElseThrow()).extracting(DriftSignal::rule, DriftSignal::index).containsExactly(Cusum.UPPER, 10);
        assertThat(detect(config(RuleSet.nelson(), CusumParameters.standard(), null), SHIFTED)
                .orElseThrow().rule()).isEqualTo("NELSON_2");
        assertThat(detect(config(RuleSet.none(), CusumParameters.standard(), null), SHIFTED)
                .orElseThrow().index()).isEqualTo(24);
    }

    @Test
    void runRulesWinATieWithEwma() {
        EwmaParameters ewma = new EwmaParameters(0.2, 2.0);
        assertThat(detect(config(RuleSet.none(), null, ewma), SHIFTED).orElseThrow())
                .extracting(DriftSignal::rule, DriftSignal::index).containsExactly(Ewma.UPPER, 15);
        assertThat(detect(config(RuleSet.nelson(), null, ewma), SHIFTED).orElseThrow().rule()).isEqualTo("NELSON_2");
    }

    @Test
    void runRulesWinATieWithCusum() {
        // A 4 sigma spike after the filler: Nelson 1, and C+ = 0 + 4 - 0.5 = 3.5 > 3, both at index 8.
        double[] spike = inUnits(Series.concat(Series.neutral(1), new double[] {4.0}));
        assertThat(detect(config(RuleSet.nelson(), new CusumParameters(0.5, 3.0), null), spike))
                .contains(new DriftSignal("MAGNET-CO-A", "Br", "NELSON_1", 8, 14.0));
    }

    @Test
    void switchedOffRulesAreNotReported() {
        RuleSet withoutTwo = RuleSet.nelson().without(NelsonRule.RULE_2);
        // Next is Nelson 7: -0.4, 0.1 and the 0.8s make fifteen points within 1 sigma at index 20.
        assertThat(detect(DriftConfig.rulesOnly(withoutTwo), SHIFTED).orElseThrow())
                .extracting(DriftSignal::rule, DriftSignal::index).containsExactly("NELSON_7", 20);
    }

    @Test
    void quietStreamGivesNothing() {
        DriftConfig all = config(RuleSet.nelson(), CusumParameters.standard(), new EwmaParameters(0.2, 3.0));
        assertThat(detect(all, inUnits(Series.neutral(6)))).isEmpty();
    }
}
