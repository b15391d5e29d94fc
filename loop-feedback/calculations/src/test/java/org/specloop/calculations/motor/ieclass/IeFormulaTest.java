package org.specloop.calculations.motor.ieclass;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IeFormulaTest {

    @Test
    void fourPole11kWMatchesTheDomainCheckValues() {
        assertThat(IeFormula.minimumEfficiency(IeClass.IE3, 11_000, 4, 50))
                .isEqualTo(new MinimumEfficiency.Covered(IeClass.IE3, 91.4, MinimumEfficiency.Source.FORMULA));
        assertThat(IeFormula.minimumEfficiency(IeClass.IE4, 11_000, 4, 50))
                .isEqualTo(new MinimumEfficiency.Covered(IeClass.IE4, 93.3, MinimumEfficiency.Source.FORMULA));
    }

    /** Published IE3 50 Hz values (IEC 60034-30:2008 table, kept by 60034-30-1). */
    @ParameterizedTest(name = "IE3 {0} kW {1}-pole -> {2} %")
    @CsvSource({
            "0.75,2,80.7", "1.1,2,82.7", "1.5,2,84.2", "2.2,2,85.9", "3,2,87.1", "4,2,88.1", "5.5,2,89.2", "7.5,2,90.1",
            "0.75,4,82.5", "1.1,4,84.1", "1.5,4,85.3", "2.2,4,86.7", "3,4,87.7", "4,4,88.6", "5.5,4,89.6", "7.5,4,90.4",
            "0.75,6,78.9", "1.1,6,81.0", "1.5,6,82.5", "2.2,6,84.3", "3,6,85.6", "4,6,86.8", "5.5,6,88.0", "7.5,6,89.1",
    })
    void reproducesPublishedIe3TableValues(double kw, int poles, double expected) {
        MinimumEfficiency m = IeFormula.minimumEfficiency(IeClass.IE3, kw * 1000.0, poles, 50);

        assertThat(m).isInstanceOfSatisfying(MinimumEfficiency.Covered.class,
                c -> assertThat(c.percent()).isEqualTo(expected));
    }

    @Test
    void rangeEndsAreCovered() {
        assertThat(IeFormula.minimumEfficiency(IeClass.IE3, 750, 4, 50)).isInstanceOf(MinimumEfficiency.Covered.class);
        assertThat(IeFormula.minimumEfficiency(IeClass.IE3, 200_000, 4, 50))
                .isEqualTo(new MinimumEfficiency.Covered(IeClass.IE3, 96.0, MinimumEfficiency.Source.FORMULA));
    }

    @ParameterizedTest(name = "{0} W is outside the formula range")
    @CsvSource({"740", "500", "200100", "1000000"})
    void powerOutsideRangeIsNotCovered(double watts) {
        assertThat(IeFormula.minimumEfficiency(IeClass.IE3, watts, 4, 50))
                .isInstanceOfSatisfying(MinimumEfficiency.NotCovered.class,
                        nc -> assertThat(nc.reason()).contains("outside the formula range 0.75 kW to 200 kW"));
    }

    @Test
    void otherFrequencyClassOrPolesAreNotCovered() {
        assertThat(IeFormula.minimumEfficiency(IeClass.IE3, 11_000, 4, 60))
                .isInstanceOfSatisfying(MinimumEfficiency.NotCovered.class,
                        nc -> assertThat(nc.reason()).contains("50 Hz"));
        assertThat(IeFormula.minimumEfficiency(IeClass.IE2, 11_000, 4, 50))
                .isInstanceOf(MinimumEfficiency.NotCovered.class);
        assertThat(IeFormula.minimumEfficiency(IeClass.IE3, 11_000, 10, 50))
                .isInstanceOfSatisfying(MinimumEfficiency.NotCovered.class,
                        nc -> assertThat(nc.reason()).contains("10 poles"));
    }
}
