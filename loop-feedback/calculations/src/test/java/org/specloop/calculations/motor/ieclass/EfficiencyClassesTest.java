package org.specloop.calculations.motor.ieclass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class EfficiencyClassesTest {

    private final EfficiencyClasses bundled = EfficiencyClasses.withBundledTable();

    @Test
    void tableRowWinsOverFormula() {
        EfficiencyClasses custom = new EfficiencyClasses(
                EfficiencyClassTable.of(List.of(new EfficiencyClassTable.Row(11, 4, 50, IeClass.IE3, 91.0))));

        assertThat(custom.minimumFor(IeClass.IE3, 11_000, 4, 50))
                .isEqualTo(new MinimumEfficiency.Covered(IeClass.IE3, 91.0, MinimumEfficiency.Source.TABLE));
        assertThat(bundled.minimumFor(IeClass.IE3, 11_000, 4, 50))
                .isEqualTo(new MinimumEfficiency.Covered(IeClass.IE3, 91.4, MinimumEfficiency.Source.TABLE));
    }

    @Test
    void formulaFillsRatingsWithoutRow() {
        // 15 kW 4-pole: 92.1427 -> 92.1 (IE3), 93.8923 -> 93.9 (IE4)
        assertThat(bundled.minimumFor(IeClass.IE3, 15_000, 4, 50))
                .isEqualTo(new MinimumEfficiency.Covered(IeClass.IE3, 92.1, MinimumEfficiency.Source.FORMULA));
        assertThat(bundled.minimumFor(IeClass.IE4, 15_000, 4, 50))
                .isEqualTo(new MinimumEfficiency.Covered(IeClass.IE4, 93.9, MinimumEfficiency.Source.FORMULA));
    }

    @Test
    void classifiesHighestClassMet() {
        assertThat(bundled.classify(11_000, 4, 50, 92.0).highestClassMet()).contains(IeClass.IE3);
        assertThat(bundled.classify(11_000, 4, 50, 91.4).highestClassMet()).contains(IeClass.IE3);
        assertThat(bundled.classify(11_000, 4, 50, 93.3).highestClassMet()).contains(IeClass.IE4);
        assertThat(bundled.classify(11_000, 4, 50, 99.0).highestClassMet()).contains(IeClass.IE4);
    }

    @Test
    void belowEveryCoveredClassIsCoveredButMeetsNone() {
        IeClassification c = bundled.classify(11_000, 4, 50, 91.3);

        assertThat(c.covered()).isTrue();
        assertThat(c.highestClassMet()).isEmpty();
        assertThat(c.minimumOf(IeClass.IE2)).get().isInstanceOf(MinimumEfficiency.NotCovered.class);
        assertThat(c.minima()).hasSize(IeClass.values().length);
    }

    @Test
    void ratingOutsideTableAndFormulaIsNotCovered() {
        IeClassification c = bundled.classify(500_000, 4, 50, 97.0);

        assertThat(c.covered()).isFalse();
        assertThat(c.highestClassMet()).isEmpty();
        assertThat(c.minimumOf(IeClass.IE3)).get()
                .isInstanceOfSatisfying(MinimumEfficiency.NotCovered.class,
                        nc -> assertThat(nc.reason()).contains("no table row for 500.0 kW").contains("outside"));
    }

    @Test
    void refusesMeasuredEfficiencyAbove100Percent() {
        assertThatThrownBy(() -> bundled.classify(11_000, 4, 50, 100.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 100 %");
    }
}
