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
}
