package org.specloop.calculations.motor.emf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BackEmfConstantTest {

    private static final double KE = 4.0 / Math.PI;

    @Test
    void keIsLineToLineRmsOverMechanicalOmega() {
        // 200 V / (2 pi 1500 / 60 rad/s) = 200 / (50 pi) = 4 / pi
        BackEmfConstant ke = BackEmfConstant.fromNoLoad(200.0, 1500.0);

        assertThat(ke.keVsPerRad()).isCloseTo(KE, within(1e-12));
        assertThat(ke.lineToLineRmsVAt(3000.0)).isCloseTo(400.0, within(1e-9));
        assertThat(BackEmfConstant.fromNoLoad(200.0, -1500.0).keVsPerRad()).isCloseTo(KE, within(1e-12));
    }

    @Test
    void torqueConstantPerRmsLineAmpereIsSqrt3Ke() {
        assertThat(new BackEmfConstant(KE).torqueConstantNmPerArms()).isCloseTo(2.205316, within(1e-6));
    }

    @Test
    void demagnetizationLossPercent() {
        assertThat(BackEmfConstant.demagnetizationLossPercent(new BackEmfConstant(KE), new BackEmfConstant(0.98 * KE)))
                .isCloseTo(2.0, within(1e-9));
        assertThat(BackEmfConstant.demagnetizationLossPercent(1.25, 1.25)).isZero();
        assertThat(BackEmfConstant.demagnetizationLossPercent(1.0, 1.01)).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void refersKeToAnotherMagnetTemperature() {
        // measured at 80 degC, alpha(Br) -0.12 %/K, referred to 20 degC: Ke / (1 - 0.0012 * 60)
        BackEmfConstant hot = new BackEmfConstant(1.0);

        assertThat(hot.referredTo(80.0, 20.0, -0.12).keVsPerRad()).isCloseTo(1.0 / 0.928, within(1e-12));
    }

    @Test
    void refusesStandstillAndNonPositiveVoltage() {
        assertThatThrownBy(() -> BackEmfConstant.fromNoLoad(200.0, 0.0)).hasMessageContaining("speed is zero");
        assertThatThrownBy(() -> BackEmfConstant.fromNoLoad(0.0, 1500.0)).hasMessageContaining("greater than zero");
        assertThatThrownBy(() -> BackEmfConstant.demagnetizationLossPercent(0.0, 1.0)).hasMessageContaining("Ke before");
    }
}
