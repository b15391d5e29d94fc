package org.specloop.calculations.motor.point;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.specloop.calculations.motor.efficiency.ElectricalInput;

class AggregatorStateTest {

    private static final PointSettings SETTINGS = PointSettings.onePercentOfRated(70.0);

    private static RigSampleValues sample(int k) {
        return RigSampleValues.mechanical(0.01 * k, 1500.0 + (k % 7) * 0.1, 70.0 + (k % 3) * 0.01)
                .withInput(new ElectricalInput.Power(12000.0 + k % 5))
                .withTemperatures(60.0 + k * 0.001, 40.0 - (k % 2) * 0.5, 80.0)
                .withVibration(1.0 + (k % 4) * 0.1);
    }

    @Test
    void aRestoredAggregatorContinuesExactlyLikeAnUninterruptedOne() {
        OperatingPointAggregator single = new OperatingPointAggregator("run-1", "op-1", SETTINGS);
        OperatingPointAggregator first = new OperatingPointAggregator("run-1", "op-1", SETTINGS);
        for (int k = 0; k < 50_000; k++) {
            single.accept(sample(k));
            if (k < 20_000) {
                first.accept(sample(k));
            }
        }
        OperatingPointAggregator restored = OperatingPointAggregator.restore("run-1", "op-1", SETTINGS, first.state());
        for (int k = 20_000; k < 50_000; k++) {
            restored.accept(sample(k));
        }

        assertThat(restored.result()).isEqualTo(single.result());
    }

    @Test
    void theStateOfAnEmptyAggregatorRestoresToAnEmptyOne() {
        OperatingPointAggregator empty = new OperatingPointAggregator("run-1", "op-1", SETTINGS);

        OperatingPointAggregator restored = OperatingPointAggregator.restore("run-1", "op-1", SETTINGS, empty.state());
        restored.accept(sample(3));

        OperatingPointAggregator direct = new OperatingPointAggregator("run-1", "op-1", SETTINGS);
        direct.accept(sample(3));
        assertThat(restored.result()).isEqualTo(direct.result());
    }
}
