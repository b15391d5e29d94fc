package org.specloop.ingest.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.specloop.calculations.motor.emf.BackEmfConstant;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;
import org.specloop.calculations.motor.point.OperatingPointResult;

/** Ke is recorded at the reference magnet temperature, so a warm rotor is not read as a weaker magnet. */
class PointResultsTest {
    private final PointResults results = new PointResults(EfficiencyClasses.withBundledTable(),
            new RigIngestSettings.MagnetReference(20.0, -0.12));

    private static OperatingPointResult noLoad(double ke, OptionalDouble magnetC) {
        return new OperatingPointResult("RUN-1", "P-KE", 600, 0, 60, 1500, 0, 0, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), magnetC, true, OptionalDouble.of(ke), List.of());
    }

    @Test
    void keMeasuredOnAWarmRotorIsReferredTo20DegC() {
        // 0.600 V*s/rad at 60 degC: Ke_20 = 0.600 / (1 - 0.0012 * 40) = 0.600 / 0.952 = 0.630252...
        assertThat(results.referredKe(noLoad(0.600, OptionalDouble.of(60.0)))).isCloseTo(0.6302521, within(1e-7));
    }

    @Test
    void withoutAMagnetTemperatureKeIsRecordedAsMeasured() {
        assertThat(results.referredKe(noLoad(0.600, OptionalDouble.empty()))).isEqualTo(0.600);
    }

    @Test
    void aRotor40KWarmerAtTheSecondKePointShowsNoFalseDemagnetization() {
        // the case: the same magnets, the second Ke point on a rotor 40 K warmer
        double before = results.referredKe(noLoad(0.630, OptionalDouble.of(20.0)));
        double after = results.referredKe(noLoad(0.630 * 0.952, OptionalDouble.of(60.0)));
        assertThat(BackEmfConstant.demagnetizationLossPercent(0.630, 0.630 * 0.952)).isCloseTo(4.8, within(1e-9));
        assertThat(BackEmfConstant.demagnetizationLossPercent(before, after)).isCloseTo(0.0, within(1e-9));
    }
}
