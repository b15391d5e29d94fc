package org.specloop.calculations.motor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShaftTest {

    @Test
    void angularSpeedOf1500RpmIs50PiRadPerS() {
        assertThat(Shaft.angularSpeedRadPerS(1500.0)).isCloseTo(50.0 * Math.PI, within(1e-12));
    }

    @Test
    void powerIsTorqueTimesOmega() {
        // 70 N*m at 1500 rpm: 70 * 157.0796... = 10995.574 W
        assertThat(Shaft.powerW(70.0, 1500.0)).isCloseTo(10995.5743, within(1e-4));
    }
}
