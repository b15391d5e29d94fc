package org.specloop.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.TestUsers;
import org.specloop.contracts.ingest.IngestEndpoints;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * POST /api/ingest/lab-measurements/csv as a lab (API key) and as a quality engineer: good rows are
 * stored and readable from the lot, a bad row is reported with its line and the NDJSON reason, and the
 * roles and media types that may not post are refused with problem+json.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LabCsvImportHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    private final String lot = "LOT-CSV-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void theLotWasReceived() {
        commands.sendAndWait(new ReceiveMagnetLot(lot, "SUP-CSV", "PN-CSV", "42SH", 100, new DeclaredChain(List.of(), null),
                List.of("COA-CSV-1"), Instant.parse("2026-01-05T06:00:00Z")));
    }

    private String file() {
        return "Lot;Sample;Measured at;T [degC];Br [T];HcJ [kA/m];Hk/HcJ\r\n"
                + lot + ";S-1;2026-01-06T08:00:00Z;20;1,31;1650;0,96\r\n"
                + lot + ";S-2;2026-01-06T08:05:00Z;20;1,30;16500;0,95\r\n"
                + "LOT-NEVER-RECEIVED;S-3;2026-01-06T08:10:00Z;20;1,30;1640;0,95\r\n"
                + lot + ";S-4;2026-01-06T08:15:00Z;150;1,17;810;\r\n";
    }

    private MockHttpServletRequestBuilder csv(String body) {
        return post(IngestEndpoints.LAB_MEASUREMENTS_CSV + "?lab=QC%20lab&instrument=HG-200&method=closed-circuit")
                .contentType("text/csv").content(body);
    }

    @Test
    void aLabsFileStoresTheGoodRowsAndReportsEachBadRowWithItsReason() throws Exception {
        mvc.perform(csv(file()).header("X-Api-Key", TestUsers.RIG_KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.refused.length()").value(2))
                .andExpect(jsonPath("$.refused[0].line").value(3))
                .andExpect(jsonPath("$.refused[0].reason").value(Matchers.allOf(
                        Matchers.startsWith("values[1].value"), Matchers.containsString("plausible"))))
                .andExpect(jsonPath("$.refused[1].line").value(4))
                .andExpect(jsonPath("$.refused[1].reason").value(Matchers.startsWith("unknown-lot")))
                .andExpect(jsonPath("$.lines[*].outcome").value(Matchers.contains("accepted", "refused", "refused", "accepted")))
                .andExpect(jsonPath("$.lines[1].columns['values[1]']").value("HcJ [kA/m]"))
                .andExpect(jsonPath("$.values[*].characteristic").value(Matchers.contains("Br", "HcJ", "Hk/HcJ")));

        JsonNode page = awaitMeasurements(2);
        assertThat(page.at("/items").findValuesAsText("sampleId")).containsExactlyInAnyOrder("S-1", "S-4");
        assertThat(page.at("/items/0/instrument").asText()).isEqualTo("HG-200");

        // the same file again, e.g. after the bad rows were corrected elsewhere: stored rows count once
        mvc.perform(csv(file()).header("X-Api-Key", TestUsers.RIG_KEY)).andExpect(status().isOk());
        Thread.sleep(300);
        assertThat(awaitMeasurements(2).at("/total").asInt()).isEqualTo(2);
    }

    @Test
    void theRefusalOfARowIsTheRefusalOfItsNdjsonLine() throws Exception {
        String ndjson = "{\"lotId\":\"" + lot + "\",\"measurementId\":\"M-ND-1\",\"sampleId\":\"S-2\","
                + "\"testTemperature\":{\"value\":20,\"unit\":\"degC\"},\"lab\":\"QC lab\",\"instrument\":\"HG-200\","
                + "\"method\":\"CLOSED_CIRCUIT_IEC_60404_5\",\"values\":[{\"characteristic\":\"Br\",\"value\":1.30,\"unit\":\"T\"},"
                + "{\"characteristic\":\"HcJ\",\"value\":16500,\"unit\":\"kA/m\"},{\"characteristic\":\"Hk/HcJ\",\"value\":0.95}],"
                + "\"measuredAt\":\"2026-01-06T08:05:00Z\"}\n";
        String viaNdjson = JSON.readTree(mvc.perform(post(IngestEndpoints.LAB_MEASUREMENTS).contentType(IngestEndpoints.NDJSON_MEDIA_TYPE)
                .header("X-Api-Key", TestUsers.RIG_KEY).content(ndjson)).andReturn().getResponse().getContentAsString())
                .at("/refused/0/reason").asText();
        String viaCsv = JSON.readTree(mvc.perform(csv(file()).with(TestUsers.ALICE.as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).at("/refused/0/reason").asText();
        assertThat(viaCsv).isNotBlank().isEqualTo(viaNdjson);
    }

    @Test
    void anotherMediaTypeIs415AndAnOemMayNotImport() throws Exception {
        mvc.perform(post(IngestEndpoints.LAB_MEASUREMENTS_CSV).contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("X-Api-Key", TestUsers.RIG_KEY))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:http-415"));
        mvc.perform(csv(file()).with(TestUsers.OEM.as()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:forbidden"));
    }

    @Test
    void aMappingTheFileCannotMeetIs400AndTooManyRowsIs413() throws Exception {
        mvc.perform(post(IngestEndpoints.LAB_MEASUREMENTS_CSV + "?lotId=Charge").contentType("text/csv")
                        .content(file()).header("X-Api-Key", TestUsers.RIG_KEY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("lotId"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("names column 'Charge'")));
        mvc.perform(csv("").header("X-Api-Key", TestUsers.RIG_KEY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("body holds no CSV header line"));
        StringBuilder big = new StringBuilder("Lot,Sample,Date,T,HcJ [kA/m]\n");
        for (int i = 0; i <= 1000; i++) {
            big.append(lot).append(",S-").append(i).append(",2026-01-06T08:00:00Z,20,1650\n");
        }
        mvc.perform(csv(big.toString()).header("X-Api-Key", TestUsers.RIG_KEY))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:too-many-rows"))
                .andExpect(jsonPath("$.maxRows").value(1000));
        assertThat(measurements().at("/total").asInt()).as("a refused file stores nothing").isZero();
    }

    private JsonNode measurements() throws Exception {
        return JSON.readTree(mvc.perform(get("/api/lots/" + lot + "/measurements").with(TestUsers.CAROL.as()))
                .andReturn().getResponse().getContentAsString());
    }

    /** The read model follows the events shortly after the answer. */
    private JsonNode awaitMeasurements(int total) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        JsonNode page = measurements();
        while (page.at("/total").asInt() < total && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            page = measurements();
        }
        assertThat(page.at("/total").asInt()).isEqualTo(total);
        return page;
    }
}
