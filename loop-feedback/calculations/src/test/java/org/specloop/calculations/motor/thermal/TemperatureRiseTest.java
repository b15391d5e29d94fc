package org.specloop.calculations.motor.thermal;

import org.specloop.contracts.rig.ThermalClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemperatureRiseTest {

    @Test
    void riseIsWindingMinusCoolant() {
        assertThat(new TemperatureRise(115.0, 40.0).riseK()).isEqualTo(75.0);
    }

    @ParameterizedTest(name = "class {0}: limit {1} K")
    @CsvSource({"B,80", "F,105", "H,125"})
    void classLimitsAt40DegCCoolant(ThermalClass c, double limitK) {
        assertThat(c.riseLimitK()).isEqualTo(limitK);
    }

    @Test
    void passesWithMarginAgainstClassB() {
        TemperatureRise.RiseVerdict v = new TemperatureRise(115.0, 40.0).against(ThermalClass.B);

        assertThat(v.pass()).isTrue();
        assertThat(v.marginK()).isEqualTo(5.0);
        assertThat(v.limitK()).isEqualTo(80.0);
    }

    @Test
    void failsWithNegativeMargin() {
        TemperatureRise.RiseVerdict v = new TemperatureRise(125.0, 40.0).against(ThermalClass.B);

        assertThat(v.pass()).isFalse();
        assertThat(v.marginK()).isEqualTo(-5.0);
        assertThat(new TemperatureRise(125.0, 40.0).against(ThermalClass.F).marginK()).isEqualTo(20.0);
    }

    @Test
    void exactlyOnTheLimitPasses() {
        assertThat(new TemperatureRise(120.0, 40.0).against(ThermalClass.B).pass()).isTrue();
    }

    @Test
    void explicitLimitForCorrectedCoolant() {
        assertThat(new TemperatureRise(120.0, 45.0).against(75.0).pass()).isTrue();
    }

    @Test
    void readsDesignations() {
        assertThat(ThermalClass.parse("155(F)")).isEqualTo(ThermalClass.F);
        assertThat(ThermalClass.parse("180")).isEqualTo(ThermalClass.H);
        assertThat(ThermalClass.parse(" b ")).isEqualTo(ThermalClass.B);
        assertThat(ThermalClass.F).hasToString("155(F)");
        assertThatThrownBy(() -> ThermalClass.parse("200(N)"))
                .hasMessageContaining("unknown thermal class");
    }

    @Test
    void refusesNonPhysicalTemperatures() {
        assertThatThrownBy(() -> new TemperatureRise(-300.0, 40.0)).hasMessageContaining("absolute zero");
        assertThatThrownBy(() -> new TemperatureRise(Double.NaN, 40.0)).hasMessageContaining("finite");
    }
}
