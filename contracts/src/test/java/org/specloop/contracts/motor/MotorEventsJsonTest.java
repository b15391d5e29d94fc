package org.specloop.contracts.motor;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.schema.ContractJson;
import org.specloop.contracts.schema.ContractSchemas;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MotorEventsJsonTest {

    @Test
    void eventsCarryVersionOne() {
        assertThat(MotorPerformanceRecorded.class.getAnnotation(EventVersion.class).value()).isEqualTo("1");
        assertThat(MotorRunCompleted.class.getAnnotation(EventVersion.class).value()).isEqualTo("1");
    }

    @Test
    void demagnetizationResultRoundTripsWithItsNullsAndStaysValid() throws Exception {
        MotorPerformanceRecorded recorded = new MotorPerformanceRecorded("RUN-1", "SN-1", "D-1", "RIG-7",
                List.of("LOT-1"), "P10-KE-AFTER", OperatingPointKind.KE_AFTER_DEMAG, 120, 1500.0, 0.0, 0.0, 0.0, 0.0,
                1.2125, 6.3, 0.4, 0.62, null,
                List.of(new RequirementVerdict("demagnetization loss", Verdict.PASS, 0.62, 1.0, "%"),
                        new RequirementVerdict("efficiency IE4", Verdict.NOT_MEASURED, null, null, null)),
                Instant.parse("2026-11-20T10:30:00Z"));

        JsonNode written = ContractJson.toTree(recorded);

        assertThat(written.path("ieClassMet").isNull()).isTrue();
        assertThat(ContractSchemas.validate("motor-performance-recorded", written)).isEmpty();
        assertThat(ContractJson.MAPPER.treeToValue(written, MotorPerformanceRecorded.class)).isEqualTo(recorded);
    }

    @Test
    void runCompletedRoundTrips() throws Exception {
        MotorRunCompleted completed = new MotorRunCompleted("RUN-1", "SN-1", "D-1", List.of("LOT-1", "LOT-2"), 10,
                Instant.parse("2026-11-20T11:02:13.500Z"));

        JsonNode written = ContractJson.toTree(completed);

        assertThat(ContractSchemas.validate("motor-run-completed", written)).isEmpty();
        assertThat(ContractJson.MAPPER.treeToValue(written, MotorRunCompleted.class)).isEqualTo(completed);
    }
}
