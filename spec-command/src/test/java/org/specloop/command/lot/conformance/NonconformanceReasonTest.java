package org.specloop.command.lot.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NonconformanceReasonTest {

    @Test
    void namesTheFailingCharacteristicItsObservedMinimumTheLimitAndHowManySamplesFailed() {
        LotEvaluation evaluation = ConformanceEvaluator.evaluate(ConformanceEvaluatorTest.FIVE_HCJ_SAMPLES,
                List.of(ConformanceEvaluatorTest.HCJ_MIN_1592_AT_20));

        assertThat(NonconformanceReason.of(evaluation.failures()))
                .isEqualTo("HcJ at 20 degC: min 1498.2 kA/m below 1592 kA/m (2 of 5 samples)");
    }

    @Test
    void namesAnExceededMaximumAndJoinsSeveralFailures() {
        List<SampleMeasurement> measurements = List.of(ConformanceEvaluatorTest.br("S1", 20, 1.33),
                ConformanceEvaluatorTest.br("S2", 20, 1.30), ConformanceEvaluatorTest.hcj("S1", 20, 1500.0));
        LotEvaluation evaluation = ConformanceEvaluator.evaluate(measurements,
                List.of(ConformanceEvaluatorTest.BR_1_28_TO_1_32_AT_20, ConformanceEvaluatorTest.HCJ_MIN_1592_AT_20));

        assertThat(NonconformanceReason.of(evaluation.failures())).isEqualTo(
                "Br at 20 degC: max 1.33 T above 1.32 T (1 of 2 samples); "
                        + "HcJ at 20 degC: min 1500 kA/m below 1592 kA/m (1 of 1 samples)");
    }

    @Test
    void staysWithinTheReasonLimitHoweverManySamplesAndLimitsFail() {
        // 3,000 samples, every one failing HcJ minimums at 150 test temperatures
        List<org.specloop.contracts.specification.CharacteristicLimit> limits = java.util.stream.IntStream.range(0, 150)
                .mapToObj(t -> new org.specloop.contracts.specification.CharacteristicLimit(
                        org.specloop.contracts.units.Characteristic.HCJ, 1592.0, null, null, 20.0 + t, "IEC 60404-8-1"))
                .toList();
        List<SampleMeasurement> measurements = java.util.stream.IntStream.range(0, 3000)
                .mapToObj(i -> ConformanceEvaluatorTest.hcj("S-" + i, 20 + i % 150, 1400.0)).toList();
        LotEvaluation evaluation = ConformanceEvaluator.evaluate(measurements, limits);
        assertThat(evaluation.failures()).hasSize(150);

        String reason = NonconformanceReason.of(evaluation.failures());

        assertThat(reason).hasSizeLessThanOrEqualTo(org.specloop.contracts.common.TextLimits.REASON)
                .startsWith("HcJ at 20 degC: min 1400 kA/m below 1592 kA/m (")
                .matches("(?s).*; and \\d+ more");
        int described = reason.split("; ").length - 1;
        assertThat(reason).endsWith("and " + (150 - described) + " more");
    }
}
