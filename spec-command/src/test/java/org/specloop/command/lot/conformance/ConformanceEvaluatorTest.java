package org.specloop.command.lot.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.SampleValue;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.units.Characteristic;

class ConformanceEvaluatorTest {
    static final CharacteristicLimit HCJ_MIN_1592_AT_20 =
            new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20.0, "IEC 60404-8-1");
    static final CharacteristicLimit BR_1_28_TO_1_32_AT_20 =
            new CharacteristicLimit(Characteristic.BR, 1.28, 1.32, 1.30, 20.0, "IEC 60404-8-1");
    static final CharacteristicLimit HCJ_MIN_900_AT_150 =
            new CharacteristicLimit(Characteristic.HCJ, 900.0, null, null, 150.0, "IEC 60404-8-1");

    static SampleMeasurement hcj(String sample, double temperatureC, double value) {
        return new SampleMeasurement(sample, temperatureC, List.of(new PropertyValue(Characteristic.HCJ, value)));
    }

    static SampleMeasurement br(String sample, double temperatureC, double value) {
        return new SampleMeasurement(sample, temperatureC, List.of(new PropertyValue(Characteristic.BR, value)));
    }

    static final List<SampleMeasurement> FIVE_HCJ_SAMPLES = List.of(hcj("S1", 20, 1600.0), hcj("S2", 20, 1498.2),
            hcj("S3", 20, 1650.4), hcj("S4", 20, 1580.0), hcj("S5", 20, 1700.0));

    @Test
    void computesMinMaxAndMeanOfTheSamplesAtTheLimitsTemperature() {
        // mean = (1600 + 1498.2 + 1650.4 + 1580 + 1700) / 5 = 8028.6 / 5 = 1605.72
        CharacteristicResult result = ConformanceEvaluator.evaluate(FIVE_HCJ_SAMPLES, HCJ_MIN_1592_AT_20);

        assertThat(result.observedMin()).isEqualTo(1498.2);
        assertThat(result.observedMax()).isEqualTo(1700.0);
        assertThat(result.mean()).isCloseTo(1605.72, within(1e-9));
        assertThat(result.samples()).extracting(SampleValue::sampleId).containsExactly("S1", "S2", "S3", "S4", "S5");
    }

    @Test
    void anySampleBelowTheMinimumFailsTheCharacteristic() {
        assertThat(ConformanceEvaluator.evaluate(FIVE_HCJ_SAMPLES, HCJ_MIN_1592_AT_20).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void everySampleWithinTheLimitsPasses() {
        List<SampleMeasurement> measurements = List.of(br("S1", 20, 1.29), br("S2", 20, 1.31), br("S3", 20, 1.30));

        CharacteristicResult result = ConformanceEvaluator.evaluate(measurements, BR_1_28_TO_1_32_AT_20);

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.mean()).isCloseTo(1.30, within(1e-12));
    }

    @Test
    void aSampleAboveTheMaximumFails() {
        List<SampleMeasurement> measurements = List.of(br("S1", 20, 1.30), br("S2", 20, 1.33));

        CharacteristicResult result = ConformanceEvaluator.evaluate(measurements, BR_1_28_TO_1_32_AT_20);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.observedMax()).isEqualTo(1.33);
    }

    @Test
    void aCharacteristicWithoutSamplesIsNotMeasured() {
        CharacteristicResult result = ConformanceEvaluator.evaluate(FIVE_HCJ_SAMPLES, BR_1_28_TO_1_32_AT_20);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(result.samples()).isEmpty();
        assertThat(result.observedMin()).isNull();
        assertThat(result.mean()).isNull();
    }

    @Test
    void samplesWithinTwoDegreesOfTheTestTemperatureCountAndOthersDoNot() {
        List<SampleMeasurement> measurements = List.of(hcj("S1", 18.0, 1600.0), hcj("S2", 21.5, 1610.0),
                hcj("S3", 22.5, 1000.0), hcj("S4", 150.0, 950.0));

        CharacteristicResult result = ConformanceEvaluator.evaluate(measurements, HCJ_MIN_1592_AT_20);

        assertThat(result.samples()).containsExactly(new SampleValue("S1", 1600.0), new SampleValue("S2", 1610.0));
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aLimitAtAnotherTemperatureUsesOnlyTheSamplesMeasuredThere() {
        List<SampleMeasurement> measurements = List.of(hcj("S1", 20, 1600.0), hcj("S1", 150, 880.0),
                hcj("S2", 150, 940.0));

        CharacteristicResult result = ConformanceEvaluator.evaluate(measurements, HCJ_MIN_900_AT_150);

        assertThat(result.samples()).containsExactly(new SampleValue("S1", 880.0), new SampleValue("S2", 940.0));
        assertThat(result.mean()).isCloseTo(910.0, within(1e-9));
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aRetestOfTheSameSampleReplacesTheEarlierValue() {
        List<SampleMeasurement> measurements = List.of(hcj("S1", 20, 1600.0), hcj("S2", 20, 1498.2),
                hcj("S2", 20, 1620.0));

        CharacteristicResult result = ConformanceEvaluator.evaluate(measurements, HCJ_MIN_1592_AT_20);

        assertThat(result.samples()).containsExactly(new SampleValue("S1", 1600.0), new SampleValue("S2", 1620.0));
        assertThat(result.observedMin()).isEqualTo(1600.0);
        assertThat(result.mean()).isCloseTo(1610.0, within(1e-9));
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void lotFailsWhenAnyCharacteristicFailsEvenIfAnotherIsNotMeasured() {
        LotEvaluation evaluation = ConformanceEvaluator.evaluate(FIVE_HCJ_SAMPLES,
                List.of(HCJ_MIN_1592_AT_20, BR_1_28_TO_1_32_AT_20));

        assertThat(evaluation.results()).extracting(CharacteristicResult::verdict)
                .containsExactly(Verdict.FAIL, Verdict.NOT_MEASURED);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void lotIsNotMeasuredWhenNothingFailsButSomethingIsMissing() {
        LotEvaluation evaluation = ConformanceEvaluator.evaluate(List.of(br("S1", 20, 1.30)),
                List.of(BR_1_28_TO_1_32_AT_20, HCJ_MIN_1592_AT_20));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void lotPassesWhenEveryCharacteristicPasses() {
        List<SampleMeasurement> measurements = List.of(new SampleMeasurement("S1", 20, List.of(
                new PropertyValue(Characteristic.BR, 1.30), new PropertyValue(Characteristic.HCJ, 1650.0))));

        LotEvaluation evaluation = ConformanceEvaluator.evaluate(measurements,
                List.of(BR_1_28_TO_1_32_AT_20, HCJ_MIN_1592_AT_20));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
    }
}
