package org.specloop.calculations.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TemperatureReferralTest {

    @Test
    void anHcJLimitAt150DegCMovesTo20DegCWithBeta() {
        // 700 kA/m at 150 degC, beta -0.55 %/K: HcJ(20) = 700 / (1 - 0.0055 * 130) = 700 / 0.285
        assertThat(TemperatureReferral.move(700.0, 150.0, 20.0, -0.55)).isCloseTo(2456.140350877193, within(1e-9));
    }

    @Test
    void aBrValueMovesBetweenTwoHotTemperaturesThroughItsValueAt20DegC() {
        // Br(20) = 1.25 T, alpha -0.12: Br(100) = 1.25 * 0.904 = 1.13, Br(150) = 1.25 * 0.844 = 1.055
        assertThat(TemperatureReferral.move(1.13, 100.0, 150.0, -0.12)).isCloseTo(1.055, within(1e-12));
        assertThat(TemperatureReferral.move(1.055, 150.0, 20.0, -0.12)).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void aCoefficientThatTakesThePropertyToZeroIsRefused() {
        assertThatThrownBy(() -> TemperatureReferral.move(700.0, 250.0, 20.0, -0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to zero");
    }
}
