package org.specloop.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Replay on the embedded H2 store, and the proof that the other read models keep answering during one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(EmbeddedReplayTest.Gate.class)
class EmbeddedReplayTest extends ReplayScenario {
    @Autowired
    ReplayGate gate;
    @Autowired
    MeterRegistry meters;

    @TestConfiguration
    static class Gate {
        @Bean
        ReplayGate replayGate() {
            return new ReplayGate();
        }
    }

    @Test
    void otherProjectionsKeepAnsweringWhileQueryLotsReplays() {
        String spec = buildState();
        awaitAll(p -> p.path("lag").asLong() == 0 && !p.path("replaying").asBoolean());
        ApiClient api = new ApiClient(port);
        JsonNode specBefore = api.get("/api/specifications/" + spec).body();
        JsonNode changesBefore = api.get("/api/engineering-changes?specificationId=" + spec).body();

        gate.close();
        try {
            assertThat(admin("POST", "/api/admin/processors/query-lots/replay").status()).isEqualTo(202);
            JsonNode replaying = awaitProcessor("query-lots", p -> p.path("replaying").asBoolean());
            assertThat(replaying.path("replayPercent").asDouble()).isLessThan(100.0);
            assertThat(meters.get("specloop.processor.replaying").tag("processor", "query-lots").gauge().value()).isEqualTo(1.0);

            // query-lots is held mid-replay by the gate; the other read models answer as before
            ApiClient.Response specNow = api.get("/api/specifications/" + spec);
            assertThat(specNow.status()).isEqualTo(200);
            assertThat(specNow.body()).isEqualTo(specBefore);
            assertThat(api.get("/api/engineering-changes?specificationId=" + spec).body()).isEqualTo(changesBefore);
            assertThat(admin("GET", "/api/admin/processors/query-lots").body().path("replaying").asBoolean())
                    .as("still replaying while the others answered").isTrue();
            assertThat(admin("POST", "/api/admin/processors/query-lots/replay").body().path("type").asText())
                    .isEqualTo("urn:specloop:problem:replay-in-progress");
        } finally {
            gate.open();
        }
        awaitProcessor("query-lots", p -> !p.path("replaying").asBoolean() && p.path("lag").asLong() == 0);
        sleep(1100); // the gauges read a snapshot at most a second old
        assertThat(meters.get("specloop.processor.replaying").tag("processor", "query-lots").gauge().value()).isZero();
        assertThat(meters.get("specloop.processor.replay.progress").tag("processor", "query-lots").gauge().value())
                .isEqualTo(100.0);
    }
}
