package org.specloop.calculations.motor.ieclass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EfficiencyClassTableTest {

    private static final String HEADER = EfficiencyClassTable.HEADER + "\n";

    @Test
    void bundledTableCarriesThe11kWCheckValues() {
        EfficiencyClassTable t = EfficiencyClassTable.bundled();

        assertThat(t.size()).isEqualTo(10);
        assertThat(t.find(IeClass.IE3, 11_000, 4, 50)).hasValue(91.4);
        assertThat(t.find(IeClass.IE4, 11_000, 4, 50)).hasValue(93.3);
        assertThat(t.find(IeClass.IE4, 7_500, 4, 50)).isEmpty();
    }

    /** The shipped rows must agree with the formula rounded to 0.1, as the file claims. */
    @ParameterizedTest(name = "{0} {1} kW")
    @CsvSource({"IE3,0.75", "IE3,1.1", "IE3,1.5", "IE3,2.2", "IE3,3", "IE3,4", "IE3,5.5", "IE3,7.5", "IE3,11", "IE4,11"})
    void bundledRowsAgreeWithTheFormula(IeClass c, double kw) {
        MinimumEfficiency.Covered formula =
                (MinimumEfficiency.Covered) IeFormula.minimumEfficiency(c, kw * 1000, 4, 50);

        assertThat(EfficiencyClassTable.bundled().find(c, kw * 1000, 4, 50)).hasValue(formula.percent());
    }

    @Test
    void userTableWithCommentsBlanksAndSpaces() {
        String csv = "# my rows\n\n" + HEADER + " 15 , 4 , 60 , ie3 , 92.4 \n";

        EfficiencyClassTable t = EfficiencyClassTable.fromCsv(new StringReader(csv), "user.csv");

        assertThat(t.find(IeClass.IE3, 15_000, 4, 60)).hasValue(92.4);
    }

    @Test
    void tableFromRows() {
        EfficiencyClassTable t = EfficiencyClassTable.of(List.of(new EfficiencyClassTable.Row(0.75, 2, 50, IeClass.IE3, 80.7)));

        assertThat(t.find(IeClass.IE3, 750, 2, 50)).hasValue(80.7);
    }

    @Test
    void refusesWrongHeader() {
        assertThatThrownBy(() -> EfficiencyClassTable.fromCsv(new StringReader("kw,poles\n"), "x.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.csv line 1").hasMessageContaining("expected header");
    }

    @Test
    void refusesUnreadableRowWithLineNumber() {
        assertThatThrownBy(() -> EfficiencyClassTable.fromCsv(new StringReader(HEADER + "11,4,50,IE9,91.4\n"), "x.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.csv line 2");
        assertThatThrownBy(() -> EfficiencyClassTable.fromCsv(new StringReader(HEADER + "11,4,50\n"), "x.csv"))
                .hasMessageContaining("expected 5 fields");
    }

    @Test
    void refusesNonPhysicalAndContradictoryRows() {
        assertThatThrownBy(() -> EfficiencyClassTable.fromCsv(new StringReader(HEADER + "11,4,50,IE3,101\n"), "x.csv"))
                .hasMessageContaining("not a physical row");
        String twice = HEADER + "11,4,50,IE3,91.4\n11.0,4,50,IE3,91.5\n";
        assertThatThrownBy(() -> EfficiencyClassTable.fromCsv(new StringReader(twice), "x.csv"))
                .hasMessageContaining("line 3").hasMessageContaining("contradicts");
    }
}
