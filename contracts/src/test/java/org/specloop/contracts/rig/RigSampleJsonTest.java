package org.specloop.contracts.rig;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.schema.ContractJson;
import org.specloop.contracts.schema.ContractSchemas;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RigSampleJsonTest {

    private static final Instant T = Instant.parse("2026-11-20T08:12:41.350Z");

    @Test
    void leavesAbsentChannelsOutSoTheJsonStaysValid() {
        RigSample sample = new RigSample("RUN-1/7", "RUN-1", "P01", 7, T, 1350.0, 70.0, 10581.0,
                null, null, null, 112.0, 24.8, null, null, null);

        JsonNode written = ContractJson.toTree(sample);

        assertThat(written.has("lineVoltagesV")).isFalse();
        assertThat(written.has("magnetTemperatureC")).isFalse();
        assertThat(ContractSchemas.validate("rig-sample", written)).isEmpty();
    }

    @Test
    void threePhaseSampleRoundTrips() throws Exception {
        RigSample sample = ContractJson.read("examples/rig-sample.three-phase.json", RigSample.class);

        assertThat(ContractJson.MAPPER.treeToValue(ContractJson.toTree(sample), RigSample.class)).isEqualTo(sample);
        assertThat(sample.lineVoltagesV()).containsExactly(360.4, 359.8, 360.9);
    }

    @Test
    void inputPowerFromThreePhaseValuesIsRootThreeTimesVoltageCurrentAndPowerFactor() {
        RigSample sample = new RigSample("m", "RUN-1", "P01", 1, T, 1350.0, 70.0, null,
                List.of(400.0, 400.0, 400.0), List.of(10.0, 10.0, 10.0), 0.9, null, null, null, null, null);

        assertThat(sample.electricalInputW().getAsDouble()).isCloseTo(Math.sqrt(3) * 400 * 10 * 0.9, within(1e-9));
    }

    @Test
    void measuredInputPowerIsTakenAsSentAndBackEmfPointsHaveNone() {
        assertThat(ContractJson.read("examples/rig-sample.power-analyser.json", RigSample.class).electricalInputW())
                .hasValue(10581.0);
        assertThat(ContractJson.read("examples/rig-sample.back-emf.json", RigSample.class).electricalInputW()).isEmpty();
    }
}
