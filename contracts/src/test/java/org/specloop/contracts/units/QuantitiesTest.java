package org.specloop.contracts.units;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class QuantitiesTest {

    @Test
    void convertsCgsMagnetUnitsToSi() {
        assertThat(Characteristic.HCJ.toCanonical(12.0, "kOe")).isCloseTo(954.924, within(1e-9));
        assertThat(Characteristic.BH_MAX.toCanonical(42.0, "MGOe")).isCloseTo(334.236, within(1e-9));
        assertThat(Characteristic.BR.toCanonical(13.0, "kG")).isCloseTo(1.3, within(1e-12));
        assertThat(Characteristic.BR.toCanonical(1300.0, "mT")).isCloseTo(1.3, within(1e-12));
    }

    @Test
    void convertsFahrenheitAndKelvinToCelsius() {
        assertThat(Quantities.temperatureCelsius(302.0, "degF")).isCloseTo(150.0, within(1e-9));
        assertThat(Quantities.temperatureCelsius(293.15, "K")).isCloseTo(20.0, within(1e-9));
        assertThat(Quantities.temperatureCelsius(20.0, null)).isEqualTo(20.0);
    }

    @Test
    void convertsKeFromVoltsPerThousandRpmToVoltSecondsPerRadian() {
        // 1000 rpm = 104.719755 rad/s, so 100 V/krpm = 100 / 104.719755 V*s/rad
        assertThat(Quantities.backEmfConstantVsPerRad(100.0, "V/krpm")).isCloseTo(0.954929658551372, within(1e-12));
        assertThat(Quantities.backEmfConstantVsPerRad(0.615, "V*s/rad")).isEqualTo(0.615);
        assertThat(Quantities.backEmfConstantVsPerRad(0.615, "Vs/rad")).isEqualTo(0.615);
    }

    @Test
    void refusesKeWithoutUnitOrInAnotherUnit() {
        assertThatThrownBy(() -> Quantities.backEmfConstantVsPerRad(64.4, null))
                .isInstanceOf(InvalidQuantityException.class).hasMessageContaining("V/krpm").hasMessageContaining("V*s/rad");
        assertThatThrownBy(() -> Quantities.backEmfConstantVsPerRad(64.4, "V"))
                .hasMessageContaining("measures voltage, expected back emf constant").hasMessageContaining("V/krpm");
        assertThatThrownBy(() -> Quantities.backEmfConstantVsPerRad(0, "V/krpm")).hasMessageContaining("positive");
    }

    @Test
    void refusesUnknownUnitNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> Characteristic.HCJ.toCanonical(1000, "furlong"))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("unknown unit 'furlong'")
                .hasMessageContaining("kOe");
    }

    @Test
    void refusesUnitOfAnotherDimension() {
        assertThatThrownBy(() -> Characteristic.BR.toCanonical(1.3, "kA/m"))
                .hasMessageContaining("measures magnetic field strength, expected magnetic flux density");
    }

    @Test
    void refusesNotANumberAndInfinity() {
        assertThatThrownBy(() -> Characteristic.BR.toCanonical(Double.NaN, "T")).hasMessageContaining("finite");
        assertThatThrownBy(() -> Characteristic.BR.toCanonical(Double.POSITIVE_INFINITY, "T")).hasMessageContaining("finite");
    }

    @Test
    void refusesPhysicallyAbsurdValues() {
        assertThatThrownBy(() -> Characteristic.BR.toCanonical(2.4, "T"))
                .hasMessage("Br 2.4 T is outside the physically plausible range 0..2 T");
        assertThatThrownBy(() -> Characteristic.HCJ.toCanonical(-5, "kA/m"))
                .hasMessageContaining("HcJ -5 kA/m is outside");
        assertThatThrownBy(() -> Quantities.temperatureCelsius(450, "degC"))
                .hasMessageContaining("outside the plausible range -60..400 degC");
        assertThatThrownBy(() -> Quantities.temperatureCelsius(-100, "degC"))
                .isInstanceOf(InvalidQuantityException.class);
    }

    @Test
    void parsesCharacteristicBySymbolOrName() {
        assertThat(Characteristic.parse("(BH)max")).contains(Characteristic.BH_MAX);
        assertThat(Characteristic.parse("BHmax")).contains(Characteristic.BH_MAX);
        assertThat(Characteristic.parse("HcJ")).contains(Characteristic.HCJ);
        assertThat(Characteristic.parse("Hk/HcJ")).contains(Characteristic.SQUARENESS);
        assertThat(Characteristic.parse("coercivity")).isEmpty();
        assertThat(Characteristic.parse("hcj")).contains(Characteristic.HCJ);
        assertThat(Characteristic.parse(" H_cJ ")).contains(Characteristic.HCJ);
        assertThat(Characteristic.parse("")).isEmpty();
    }

    @Test
    void everyCharacteristicParsesFromItsNameAndItsSymbol() {
        for (Characteristic c : Characteristic.values()) {
            assertThat(Characteristic.parse(c.name())).as(c.name()).contains(c);
            assertThat(Characteristic.parse(c.symbol())).as(c.symbol()).contains(c);
        }
    }
}
