package org.specloop.calculations.motor.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.specloop.calculations.motor.efficiency.ElectricalInput;

class OperatingPointAggregatorTest {

    private static final PointSettings SETTINGS = PointSettings.onePercentOfRated(70.0);
    private static final int N = 10_000;
    private static final int PERIOD = 100;

    /**
     * Loaded point at 1500 rpm and 70 N*m with ripple over whole periods, 12 kW input,
     * vibration +-1.5 mm/s, winding rising to 115 degC, coolant ending at 40 degC.
     */
    private static RigSampleValues loaded(int k) {
        double phase = 2 * Math.PI * k / PERIOD;
        return RigSampleValues.mechanical(0.001 * k, 1500.0 + 5.0 * Math.sin(phase), 70.0 + 0.5 * Math.cos(phase))
                .withInput(new ElectricalInput.Power(12000.0))
                .withTemperatures(60.0 + 55.0 * k / (N - 1), k < N / 2 ? 39.5 : 40.0, 80.0)
                .withVibration(k % 2 == 0 ? 1.5 : -1.5);
    }

    private static OperatingPointAggregator aggregate(IntStream ks, java.util.function.IntFunction<RigSampleValues> f) {
        OperatingPointAggregator a = new OperatingPointAggregator("run-1", "op-1", SETTINGS);
        ks.mapToObj(f).forEach(a::accept);
        return a;
    }

    @Test
    void loadedPointFromKnownValues() {
        OperatingPointResult r = aggregate(IntStream.range(0, N), OperatingPointAggregatorTest::loaded).result();

        assertThat(r.sampleCount()).isEqualTo(N);
        assertThat(r.meanSpeedRpm()).isCloseTo(1500.0, within(1e-9));
        assertThat(r.meanTorqueNm()).isCloseTo(70.0, within(1e-9));
        // ripple terms are orthogonal over whole periods: mean(T * omega) = 70 * 50 pi
        assertThat(r.meanOutputPowerW()).isCloseTo(10995.5743, within(1e-4));
        assertThat(r.meanInputPowerW()).hasValue(12000.0);
        assertThat(r.efficiencyPercent().getAsDouble()).isCloseTo(91.62979, within(1e-5));
        assertThat(r.vibrationRmsMmPerS().getAsDouble()).isCloseTo(1.5, within(1e-12));
        assertThat(r.maxWindingC()).hasValue(115.0);
        assertThat(r.coolantC()).hasValue(40.0);
        assertThat(r.temperatureRiseK()).hasValue(75.0);
        assertThat(r.meanMagnetC().getAsDouble()).isCloseTo(80.0, within(1e-12));
        assertThat(r.noLoad()).isFalse();
        assertThat(r.keVsPerRad()).isEmpty();
        assertThat(r.startTimeS()).isZero();
        assertThat(r.endTimeS()).isCloseTo(9.999, within(1e-12));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void noLoadPointGivesKeAndNoEfficiency() {
        // 200 V line-to-line rms at 1500 rpm: Ke = 200 / (50 pi) = 4 / pi
        OperatingPointResult r = aggregate(IntStream.range(0, 1000), k ->
                RigSampleValues.mechanical(k, 1500.0, k % 2 == 0 ? 0.1 : 0.0)
                        .withInput(new ElectricalInput.ThreePhaseRms(200.0, 2.0, 0.1))
                        .withBackEmf(k % 2 == 0 ? 199.0 : 201.0)).result();

        assertThat(r.noLoad()).isTrue();
        assertThat(r.keVsPerRad().getAsDouble()).isCloseTo(4.0 / Math.PI, within(1e-12));
        assertThat(r.efficiencyPercent()).isEmpty();
        assertThat(r.notes()).contains("efficiency: not computed at a no-load point");
    }

    @Test
    void backEmfAtALoadedPointIsIgnoredWithANote() {
        OperatingPointResult r = aggregate(IntStream.range(0, 10), k -> loaded(k).withBackEmf(400.0)).result();

        assertThat(r.keVsPerRad()).isEmpty();
        assertThat(r.notes()).anyMatch(n -> n.startsWith("Ke: back-EMF samples ignored, the point is loaded"));
    }

    @Test
    void nonPhysicalEfficiencyIsRefusedWithANoteNotAnException() {
        OperatingPointResult r = aggregate(IntStream.range(0, 10), k ->
                RigSampleValues.mechanical(k, 1500.0, 70.0).withInput(new ElectricalInput.Power(10000.0))).result();

        assertThat(r.efficiencyPercent()).isEmpty();
        assertThat(r.notes()).anyMatch(n -> n.contains("above 100 %"));
        assertThat(r.temperatureRiseK()).isEmpty();
        assertThat(r.vibrationRmsMmPerS()).isEmpty();
    }

    @Test
    void coolantIsTheLatestByTimeNotByArrival() {
        OperatingPointAggregator a = new OperatingPointAggregator("run-1", "op-1", SETTINGS);
        a.accept(RigSampleValues.mechanical(10.0, 1500, 70).withTemperatures(110, 41.0, Double.NaN));
        a.accept(RigSampleValues.mechanical(5.0, 1500, 70).withTemperatures(100, 39.0, Double.NaN));

        assertThat(a.result().coolantC()).hasValue(41.0);
        assertThat(a.result().temperatureRiseK()).hasValue(69.0);
    }

    @Test
    void mergeOfPartsEqualsOnePass() {
        OperatingPointResult whole = aggregate(IntStream.range(0, N), OperatingPointAggregatorTest::loaded).result();
        OperatingPointAggregator a = aggregate(IntStream.range(0, 3000), OperatingPointAggregatorTest::loaded);
        OperatingPointAggregator b = aggregate(IntStream.range(3000, 7001), OperatingPointAggregatorTest::loaded);
        OperatingPointAggregator c = aggregate(IntStream.range(7001, N), OperatingPointAggregatorTest::loaded);

        assertSameResult(a.merge(b).merge(c).result(), whole);
        assertSameResult(c.merge(a.merge(b)).result(), whole);
        assertThat(a.count()).isEqualTo(3000);
    }

    @Test
    void parallelCollectorEqualsOnePass() {
        OperatingPointResult whole = aggregate(IntStream.range(0, N), OperatingPointAggregatorTest::loaded).result();

        OperatingPointResult parallel = IntStream.range(0, N).parallel().mapToObj(OperatingPointAggregatorTest::loaded)
                .collect(OperatingPointAggregator.collector("run-1", "op-1", SETTINGS));

        assertSameResult(parallel, whole);
    }

    @Test
    void aMillionSamplesKeepTheMeanExact() {
        OperatingPointAggregator a = new OperatingPointAggregator("run-1", "op-1", SETTINGS);
        for (int k = 0; k < 1_000_000; k++) {
            a.accept(new RigSampleValues(k, 1500.1, 70.3, null, Double.NaN, Double.NaN, Double.NaN, 0.7, Double.NaN));
        }

        OperatingPointResult r = a.result();
        assertThat(r.meanSpeedRpm()).isCloseTo(1500.1, within(1e-10));
        assertThat(r.meanTorqueNm()).isCloseTo(70.3, within(1e-12));
        assertThat(r.vibrationRmsMmPerS().getAsDouble()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void refusesEmptyAggregateAndForeignMerge() {
        OperatingPointAggregator a = new OperatingPointAggregator("run-1", "op-1", SETTINGS);

        assertThatThrownBy(a::result).isInstanceOf(IllegalStateException.class).hasMessageContaining("no samples");
        assertThatThrownBy(() -> a.merge(new OperatingPointAggregator("run-2", "op-1", SETTINGS)))
                .hasMessageContaining("different points");
    }

    @Test
    void refusesNonFiniteMandatoryChannels() {
        assertThatThrownBy(() -> RigSampleValues.mechanical(0, Double.NaN, 70)).hasMessageContaining("speed");
        assertThatThrownBy(() -> RigSampleValues.mechanical(0, 1500, 70).withVibration(Double.POSITIVE_INFINITY))
                .hasMessageContaining("vibration velocity must be finite or NaN");
    }

    private static void assertSameResult(OperatingPointResult actual, OperatingPointResult expected) {
        assertThat(actual.runId()).isEqualTo(expected.runId());
        assertThat(actual.operatingPointId()).isEqualTo(expected.operatingPointId());
        assertThat(actual.sampleCount()).isEqualTo(expected.sampleCount());
        assertThat(actual.noLoad()).isEqualTo(expected.noLoad());
        assertThat(actual.notes()).isEqualTo(expected.notes());
        List<double[]> pairs = List.of(
                new double[] {actual.startTimeS(), expected.startTimeS()},
                new double[] {actual.endTimeS(), expected.endTimeS()},
                new double[] {actual.meanSpeedRpm(), expected.meanSpeedRpm()},
                new double[] {actual.meanTorqueNm(), expected.meanTorqueNm()},
                new double[] {actual.meanOutputPowerW(), expected.meanOutputPowerW()});
        pairs.forEach(p -> assertThat(p[0]).isCloseTo(p[1], within(1e-9 * Math.max(1, Math.abs(p[1])))));
        List<OptionalDouble[]> optionals = List.of(
                new OptionalDouble[] {actual.meanInputPowerW(), expected.meanInputPowerW()},
                new OptionalDouble[] {actual.efficiencyPercent(), expected.efficiencyPercent()},
                new OptionalDouble[] {actual.vibrationRmsMmPerS(), expected.vibrationRmsMmPerS()},
                new OptionalDouble[] {actual.maxWindingC(), expected.maxWindingC()},
                new OptionalDouble[] {actual.coolantC(), expected.coolantC()},
                new OptionalDouble[] {actual.temperatureRiseK(), expected.temperatureRiseK()},
                new OptionalDouble[] {actual.meanMagnetC(), expected.meanMagnetC()},
                new OptionalDouble[] {actual.keVsPerRad(), expected.keVsPerRad()});
        for (OptionalDouble[] p : optionals) {
            assertThat(p[0].isPresent()).isEqualTo(p[1].isPresent());
            if (p[1].isPresent()) {
                assertThat(p[0].getAsDouble()).isCloseTo(p[1].getAsDouble(), within(1e-9));
            }
        }
    }
}
