package org.specloop.contracts.rig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThermalClassTest {

    @ParameterizedTest(name = "class {0}: limit {1} K")
    @CsvSource({"B,80", "F,105", "H,125"})
    void riseLimitsOfIec60034_1At40DegCCoolant(ThermalClass c, double limitK) {
        assertThat(c.riseLimitK()).isEqualTo(limitK);
        assertThat(ThermalClass.REFERENCE_COOLANT_C).isEqualTo(40.0);
    }

    @Test
    void readsTheDesignationsOfRatingPlates() {
        assertThat(ThermalClass.parse("155(F)")).isEqualTo(ThermalClass.F);
        assertThat(ThermalClass.parse("180")).isEqualTo(ThermalClass.H);
        assertThat(ThermalClass.parse(" b ")).isEqualTo(ThermalClass.B);
        assertThat(ThermalClass.parse("130 (B)")).isEqualTo(ThermalClass.B);
        assertThat(ThermalClass.F).hasToString("155(F)");
        assertThatThrownBy(() -> ThermalClass.parse("200(N)")).hasMessageContaining("unknown thermal class");
    }
}
