package org.specloop.command.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementRecordedV1UpcasterTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void renamesTemperatureAndDefaultsTheMethodToClosedCircuit() throws Exception {
        JsonNode v1 = mapper.readTree("{\"lotId\":\"L1\",\"temperatureC\":20.0}");

        JsonNode v2 = MeasurementRecordedV1Upcaster.toRevision2(v1);

        assertThat(v2.get("testTemperatureC").asDouble()).isEqualTo(20.0);
        assertThat(v2.has("temperatureC")).isFalse();
        assertThat(v2.get("method").asText()).isEqualTo("CLOSED_CIRCUIT_IEC_60404_5");
    }

    @Test
    void keepsAMethodThatWasAlreadyRecorded() throws Exception {
        JsonNode v1 = mapper.readTree("{\"temperatureC\":150.0,\"method\":\"OPEN_CIRCUIT_IEC_60404_18\"}");

        assertThat(MeasurementRecordedV1Upcaster.toRevision2(v1).get("method").asText())
                .isEqualTo("OPEN_CIRCUIT_IEC_60404_18");
    }
}
