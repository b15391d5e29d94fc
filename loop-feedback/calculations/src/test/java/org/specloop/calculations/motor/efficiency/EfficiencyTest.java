package org.specloop.calculations.motor.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EfficiencyTest {

    @Test
    void directMethodWithMeasuredPower() {
        // P_out = 70 N*m * 2 pi 1500 / 60 = 10995.574 W; eta = 10995.574 / 12000
        Efficiency eta = Efficiency.direct(70.0, 1500.0, new ElectricalInput.Power(12000.0));

        assertThat(eta.outputPowerW()).isCloseTo(10995.5743, within(1e-4));
        assertThat(eta.percent()).isCloseTo(91.62979, within(1e-5));
        assertThat(eta.totalLossesW()).isCloseTo(1004.4257, within(1e-4));
    }

    @Test
    void directMethodWithThreePhaseRms() {
        // sqrt(3) * 400 V * 20 A * 0.85 = 11777.945 W
        Efficiency eta = Efficiency.direct(70.0, 1500.0, new ElectricalInput.ThreePhaseRms(400.0, 20.0, 0.85));

        assertThat(eta.inputPowerW()).isCloseTo(11777.9455, within(1e-4));
        assertThat(eta.percent()).isCloseTo(93.35732, within(1e-5));
    }

    @Test
    void indirectMethodBySummationOfLosses() {
        // 11000 / (11000 + 400 + 200 + 250 + 100 + 55) = 11000 / 12005
        Losses losses = new Losses(400.0, 200.0, 250.0, 100.0, 55.0);

        Efficiency eta = Efficiency.indirect(11000.0, losses);

        assertThat(losses.totalW()).isEqualTo(1005.0);
        assertThat(eta.percent()).isCloseTo(91.628488, within(1e-6));
    }

    @Test
    void indirectMethodFromTorqueAndSpeed() {
        Efficiency eta = Efficiency.indirect(70.0, 1500.0, new Losses(400.0, 200.0, 250.0, 100.0, 55.0));

        assertThat(eta.inputPowerW()).isCloseTo(10995.5743 + 1005.0, within(1e-4));
    }

    @Test
    void refusesEfficiencyAbove100Percent() {
        assertThatThrownBy(() -> Efficiency.direct(70.0, 1500.0, new ElectricalInput.Power(10000.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above 100 %");
    }

    @Test
    void refusesNegativeInputPower() {
        assertThatThrownBy(() -> new ElectricalInput.Power(-5.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("electrical input power must not be negative");
    }

    @Test
    void refusesBrakingShaftPower() {
        assertThatThrownBy(() -> Efficiency.direct(-70.0, 1500.0, new ElectricalInput.Power(12000.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("braking");
    }

    @Test
    void refusesZeroInputPower() {
        assertThatThrownBy(() -> Efficiency.indirect(0.0, new Losses(0, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("undefined");
    }

    @Test
    void refusesNegativeLoss() {
        assertThatThrownBy(() -> new Losses(400.0, 200.0, -1.0, 100.0, 55.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iron loss must not be negative");
    }

    @Test
    void refusesNonFiniteTorque() {
        assertThatThrownBy(() -> Efficiency.direct(Double.NaN, 1500.0, new ElectricalInput.Power(12000.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }
}
