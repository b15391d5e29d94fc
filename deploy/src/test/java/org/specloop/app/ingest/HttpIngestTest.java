package org.specloop.app.ingest;

import org.specloop.app.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.ingest.IngestEndpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HttpIngestTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void thePlantHasTheDesignAndLotsTheRunsDeclare() throws Exception {
        RigTraffic.prerequisites(this::asQualityEngineer);
    }

    private int asQualityEngineer(String path, String json) throws Exception {
        return mvc.perform(post(path).with(TestUsers.ALICE.as()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void aRunIsRefusedWhenItsDesignOrLotsAreNotWhatItDeclares() throws Exception {
        RigTraffic.lot(this::asQualityEngineer, "LOT-RIG-42SH", "RTR-MAG-RIG-42SH");
        postLines(IngestEndpoints.RIG_RUNS, List.of(
                RigTraffic.runStarted("RUN-HTTP-OTHER-PART", List.of("LOT-1", "LOT-RIG-42SH")),
                RigTraffic.runStarted("RUN-HTTP-NO-LOT", List.of("LOT-NEVER-RECEIVED")),
                RigTraffic.runStarted("RUN-HTTP-NO-DESIGN").replace(RigTraffic.DESIGN, "PMSM-NEVER-DEFINED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.refused[0].reason").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("rule lot-of-another-part"),
                        org.hamcrest.Matchers.containsString("LOT-RIG-42SH' is part RTR-MAG-RIG-42SH"))))
                .andExpect(jsonPath("$.refused[1].reason").value(org.hamcrest.Matchers.startsWith("rule unknown-lot")))
                .andExpect(jsonPath("$.refused[2].reason").value(org.hamcrest.Matchers.startsWith("rule unknown-motor-design")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregateIdentifier LIKE 'RUN-HTTP-%' "
                + "AND payloadType = 'org.specloop.contracts.motor.MotorTestRunStarted'", Integer.class)).isZero();
    }

    private ResultActions postLines(String path, List<String> lines) throws Exception {
        return mvc.perform(post(path).contentType(IngestEndpoints.NDJSON_MEDIA_TYPE).header("X-Api-Key", TestUsers.RIG_KEY)
                .content(String.join("\n", lines) + "\n"));
    }

    @Test
    void anNdjsonBatchWithBadLinesCountsTheGoodOnesAndARetryFindsThemAsDuplicates() throws Exception {
        String run = "RUN-HTTP";
        postLines(IngestEndpoints.RIG_RUNS, List.of(RigTraffic.runStarted(run),
                RigTraffic.pointChanged(run, "P1", "LOAD", 100, 100)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(2));
        List<String> batch = new ArrayList<>(RigTraffic.samples(run, 10, 0));
        batch.add(3, "{\"broken\":");
        batch.add(RigTraffic.loadSample("RUN-UNKNOWN", "P1", 0));

        postLines(IngestEndpoints.RIG_SAMPLES, batch)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(10))
                .andExpect(jsonPath("$.duplicates").value(0))
                .andExpect(jsonPath("$.refused[0].line").value(4))
                .andExpect(jsonPath("$.refused[1].line").value(12))
                .andExpect(jsonPath("$.refused[1].reason").value(org.hamcrest.Matchers.startsWith("unknown-run")));
        postLines(IngestEndpoints.RIG_SAMPLES, batch)
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(10));
        postLines(IngestEndpoints.RIG_RUNS, List.of(RigTraffic.runFinished(run)))
                .andExpect(jsonPath("$.accepted").value(1));

        List<byte[]> recorded = jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregateIdentifier = ? "
                + "AND payloadType = 'org.specloop.contracts.motor.MotorPerformanceRecorded'", byte[].class, run);
        assertThat(recorded).hasSize(1);
        assertThat(new String(recorded.get(0))).contains("\"sampleCount\":10");
    }

    @Test
    void aLabMeasurementInCgsUnitsIsRefusedWithItsFieldWhenTheLotIsUnknown() throws Exception {
        postLines(IngestEndpoints.LAB_MEASUREMENTS, List.of("""
                {"messageId":"m1","lotId":"LOT-NOPE","measurementId":"MX-1","sampleId":"S1",\
                "testTemperature":{"value":20,"unit":"degC"},"lab":"L","instrument":"HG","method":"CLOSED_CIRCUIT_IEC_60404_5",\
                "values":[{"characteristic":"HcJ","value":20.4,"unit":"kOe"}],"measuredAt":"2026-11-19T10:20:00Z"}""",
                """
                {"messageId":"m2","lotId":"LOT-NOPE","measurementId":"MX-2","sampleId":"S1",\
                "testTemperature":{"value":20,"unit":"degC"},"lab":"L","instrument":"HG","method":"CLOSED_CIRCUIT_IEC_60404_5",\
                "values":[{"characteristic":"HcJ","value":20.4,"unit":"furlong"}],"measuredAt":"2026-11-19T10:20:00Z"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.refused[0].reason").value(org.hamcrest.Matchers.startsWith("unknown-lot")))
                .andExpect(jsonPath("$.refused[1].reason").value(org.hamcrest.Matchers.containsString("values[0].unit")));
    }
}
