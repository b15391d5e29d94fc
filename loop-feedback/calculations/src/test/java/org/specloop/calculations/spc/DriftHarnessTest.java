package org.specloop.calculations.spc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's goals for the drift watch, measured on a simulated plant (DriftHarness). The ARL table
 * printed by {@link #arlTable} is the one in docs/loop.md.
 */
class DriftHarnessTest {
    private static final long SEED = 19L;

    /** In-control: 1,000 sources of 1,000 lots; shifts start at lot 120, 20 lots into Phase II. */
    @Test
    void theDefaultsMeetTheGoals() {
        DriftHarness plant = new DriftHarness(SEED);
        DriftHarness.Watch defaults = DriftHarness.Watch.lotMean("defaults", LotMeanConfig.defaults());
        double falsePer1000 = plant.falseChangesPer1000Lots(defaults, 1000);
        double twoSigma = DriftHarness.within(plant.delays(defaults, 2000, 120, 2), 10);
        double sixSigma = DriftHarness.within(plant.delays(defaults, 2000, 120, 6), 2);
        double inPhaseOne = DriftHarness.within(plant.delays(defaults, 1000, 30, 2), 20);
        System.out.printf("HARNESS defaults: false changes per 1000 lots %.3f, P(2 sigma <= 10 lots) %.4f,"
                + " P(6 sigma <= 2 lots) %.4f, P(2 sigma from lot 30 <= 20 lots) %.4f%n", falsePer1000, twoSigma, sixSigma, inPhaseOne);
        assertThat(falsePer1000).isLessThanOrEqualTo(1.0);
        assertThat(twoSigma).isGreaterThanOrEqualTo(0.95);
        assertThat(sixSigma).isGreaterThanOrEqualTo(0.99);
        assertThat(inPhaseOne).isGreaterThanOrEqualTo(0.9);
    }

    /** Takes about half a minute: run with -Dspecloop.arl-table=true to print the table for docs/loop.md. */
    @Test
    @EnabledIfSystemProperty(named = "specloop.arl-table", matches = "true")
    void arlTable() {
        LotMeanConfig d = LotMeanConfig.defaults();
        List<DriftHarness.Watch> watches = List.of(
                DriftHarness.Watch.lotMean("defaults: 4.5 sigma + CUSUM(0.8, 5.5)", d),
                DriftHarness.Watch.lotMean("4.5 sigma + CUSUM(0.9, 5)",
                        d.withPhaseTwo(4.5, Optional.of(new CusumParameters(0.9, 5)), RuleSet.none(), Optional.empty())),
                DriftHarness.Watch.lotMean("4 sigma + CUSUM(1, 4)",
                        d.withPhaseTwo(4, Optional.of(new CusumParameters(1, 4)), RuleSet.none(), Optional.empty())),
                DriftHarness.Watch.lotMean("3 sigma + CUSUM(0.9, 5)",
                        d.withPhaseTwo(3, Optional.of(new CusumParameters(0.9, 5)), RuleSet.none(), Optional.empty())),
                DriftHarness.Watch.lotMean("3 sigma only", d.withPhaseTwo(3, Optional.empty(), RuleSet.none(), Optional.empty())),
                DriftHarness.Watch.lotMean("WE1-4 + CUSUM(0.5, 5) + EWMA(0.2, 3), new Phase I",
                        d.withPhaseTwo(3, Optional.of(CusumParameters.standard()), RuleSet.westernElectric(),
                                Optional.of(new EwmaParameters(0.2, 3)))),
                DriftHarness.Watch.legacy(new DriftConfig(RuleSet.westernElectric(), Optional.of(CusumParameters.standard()),
                        Optional.of(new EwmaParameters(0.2, 3)))));
        DriftHarness plant = new DriftHarness(SEED);
        StringBuilder table = new StringBuilder(DriftHarness.header()).append('\n');
        for (DriftHarness.Watch watch : watches) {
            table.append(plant.row(watch, 400, 1000).format()).append('\n');
        }
        System.out.println("HARNESS ARL table (seed " + SEED + ")\n" + table);
        assertThat(table).contains("defaults");
    }
}
