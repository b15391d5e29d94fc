package org.specloop.calculations.motor.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ElectricalInputTest {

    private static final int N = 1000;
    private static final double PHI = Math.acos(0.8);

    @Test
    void threePhaseRmsFromAveragedLineValues() {
        ElectricalInput.ThreePhaseRms in = ElectricalInput.ThreePhaseRms.ofLines(398, 400, 402, 19.5, 20, 20.5, 0.85);

        assertThat(in.lineToLineVoltageV()).isEqualTo(400.0);
        assertThat(in.lineCurrentA()).isEqualTo(20.0);
        assertThat(in.activePowerW()).isCloseTo(11777.9455, within(1e-4));
    }

    @Test
    void refusesPowerFactorOutsideZeroToOne() {
        assertThatThrownBy(() -> new ElectricalInput.ThreePhaseRms(400, 20, 1.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power factor must be between 0 and 1");
        assertThatThrownBy(() -> new ElectricalInput.ThreePhaseRms(400, 20, -0.5))
                .hasMessageContaining("generating");
    }

    @Test
    void threeWattmeterSamplesOfBalancedSineGiveThreeTimesUIcosPhi() {
        // 230 V and 10 A rms per phase, cos phi 0.8, one full period: 3 * 230 * 10 * 0.8 = 5520 W
        double[][] v = new double[3][N];
        double[][] i = new double[3][N];
        for (int p = 0; p < 3; p++) {
            for (int k = 0; k < N; k++) {
                double theta = 2 * Math.PI * k / N - p * 2 * Math.PI / 3;
                v[p][k] = Math.sqrt(2) * 230 * Math.sin(theta);
                i[p][k] = Math.sqrt(2) * 10 * Math.sin(theta - PHI);
            }
        }

        InstantaneousSamples in = InstantaneousSamples.of(v, i);

        assertThat(in.activePowerW()).isCloseTo(5520.0, within(1e-6));
        assertThat(in.channels()).isEqualTo(3);
        assertThat(in.samplesPerChannel()).isEqualTo(N);
    }

    @Test
    void twoWattmeterSamplesGiveTheSamePower() {
        double[][] v = new double[2][N];
        double[][] i = new double[2][N];
        for (int k = 0; k < N; k++) {
            double t = 2 * Math.PI * k / N;
            double v1 = Math.sqrt(2) * 230 * Math.sin(t);
            double v2 = Math.sqrt(2) * 230 * Math.sin(t - 2 * Math.PI / 3);
            double v3 = Math.sqrt(2) * 230 * Math.sin(t - 4 * Math.PI / 3);
            v[0][k] = v1 - v3;
            v[1][k] = v2 - v3;
            i[0][k] = Math.sqrt(2) * 10 * Math.sin(t - PHI);
            i[1][k] = Math.sqrt(2) * 10 * Math.sin(t - 2 * Math.PI / 3 - PHI);
        }

        assertThat(InstantaneousSamples.of(v, i).activePowerW()).isCloseTo(5520.0, within(1e-6));
    }

    @Test
    void refusesGeneratingSamples() {
        double[][] v = {{100, -100}};
        double[][] i = {{-1, 1}};

        assertThatThrownBy(() -> InstantaneousSamples.of(v, i))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generating");
    }

    @Test
    void refusesMismatchedChannels() {
        assertThatThrownBy(() -> InstantaneousSamples.of(new double[][] {{1, 2}}, new double[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("equal length");
        assertThatThrownBy(() -> InstantaneousSamples.of(new double[][] {{1}}, new double[0][]))
                .hasMessageContaining("same, non-zero number");
    }
}
