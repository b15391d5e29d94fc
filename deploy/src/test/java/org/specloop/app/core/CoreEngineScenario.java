package org.specloop.app.core;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core loop through the public HTTP API, on whichever store the subclass configures:
 * a spec approved under four eyes, a lot measured and held for the reason its samples show,
 * an engineering change decided, a new revision releasing the lot, and the past asked as of a date.
 */
abstract class CoreEngineScenario {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;
    String part;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        part = "PN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void specApprovedUnderFourEyesHoldsANonconformingLotUntilARevisionReleasesIt() {
        String specId = createAndApproveSpec(1592);
        Instant beforeLot = Instant.now();

        String lotId = "LOT-" + part;
        assertThat(api.post("/api/lots", "rig.7", lotBody(lotId)).status()).isEqualTo(201);
        measure(lotId, "S1", 20.3, "kOe"); // 1615.4 kA/m
        measure(lotId, "S2", 1571, "kA/m");
        measure(lotId, "S3", 1604, "kA/m");

        // The lot is held as soon as S2 fails; S3 reaches the read side a moment later.
        JsonNode held = api.await("/api/lots/" + lotId, lot -> "HELD".equals(lot.at("/lot/disposition").asText())
                && hasSamples(lot, "HCJ", 3));
        assertThat(held.at("/holds/0/category").asText()).as(held.toString()).isEqualTo("NONCONFORMANCE");
        assertThat(held.at("/holds/0/reason").asText()).contains("HcJ at 20 degC").contains("1571").contains("1592");
        JsonNode hcj = resultFor(held, "HCJ");
        assertThat(hcj.at("/verdict").asText()).isEqualTo("FAIL");
        assertThat(hcj.at("/observedMin").asDouble()).isEqualTo(1571.0);
        assertThat(hcj.at("/samples")).hasSize(3);

        assertThat(api.get("/api/lots/" + lotId + "/disposition?asOf=" + beforeLot).status())
                .as("the lot did not exist yet").isEqualTo(404);

        draftProposeApprove(specId, 2, 1550);
        api.await("/api/lots/" + lotId, lot -> "RELEASED".equals(lot.at("/lot/disposition").asText())
                && lot.at("/lot/evaluatedRevision").asInt() == 2);

        Instant afterRelease = Instant.now();
        assertThat(api.get("/api/lots/" + lotId + "/disposition?asOf=" + afterRelease).body().at("/disposition").asText())
                .isEqualTo("RELEASED");
        assertThat(api.get("/api/specifications/" + specId + "/effective?asOf=" + beforeLot).body().at("/revision").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/specifications/" + specId + "/effective?asOf=" + afterRelease).body().at("/revision").asInt())
                .isEqualTo(2);
        JsonNode diff = api.get("/api/specifications/" + specId + "/diff?from=1&to=2").body();
        assertThat(diff.toString()).contains("HCJ@20degC/min").contains("1592").contains("1550");
    }

    /** More lots than one re-evaluation transaction takes (Reevaluations: 50), so that chunks commit on their own. */
    @Test
    void aRevisionReleasesEveryLotItsPredecessorHeld() {
        String specId = createAndApproveSpec(1592);
        List<String> lots = IntStream.rangeClosed(1, 60).mapToObj(n -> "LOT-" + part + "-" + n).toList();
        for (String lotId : lots) {
            assertThat(api.post("/api/lots", "rig.7", lotBody(lotId)).status()).isEqualTo(201);
            measure(lotId, "S1", 1571, "kA/m");
        }
        lots.forEach(lotId -> api.await("/api/lots/" + lotId, lot -> "HELD".equals(lot.at("/lot/disposition").asText())));

        draftProposeApprove(specId, 2, 1550);

        for (String lotId : lots) {
            JsonNode released = api.await("/api/lots/" + lotId, lot -> "RELEASED".equals(lot.at("/lot/disposition").asText()));
            assertThat(released.at("/lot/evaluatedRevision").asInt()).as(lotId).isEqualTo(2);
            assertThat(resultFor(released, "HCJ").at("/verdict").asText()).as(lotId).isEqualTo("PASS");
        }
    }

    @Test
    void proposerCannotApproveTheirOwnRevision() {
        String specId = createSpec(1592);
        assertThat(api.post("/api/specifications/" + specId + "/revisions/1/proposal", "qe.alice", null).status()).isEqualTo(200);

        ApiClient.Response refused = api.post("/api/specifications/" + specId + "/revisions/1/approval", "qe.alice",
                "{\"reason\":\"ok\",\"signatureMeaning\":\"APPROVED\",\"password\":\"alice-demo\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().at("/rule").asText()).isEqualTo("four-eyes");
    }

    @Test
    void engineeringChangeRunsFromRaisedToClosedWithEvidenceAndASecondSigner() {
        String specId = createAndApproveSpec(1592);
        ApiClient.Response raised = api.post("/api/engineering-changes", "qe.alice", """
                {"trigger":"MANUAL","title":"Alloy maker change announced by the supplier","description":"supplier notice",
                 "specificationId":"%s","sourceChanges":[{"tier":"ALLOY_MAKER","previousSourceId":"AL-1","newSourceId":"AL-2"}]}"""
                .formatted(specId));
        assertThat(raised.status()).isEqualTo(201);
        String changeId = raised.body().at("/changeId").asText();
        assertThat(api.post("/api/engineering-changes/" + changeId + "/plan", "qe.alice", """
                {"items":[{"itemId":"FAI","description":"first article","evidenceType":"MEASUREMENT","required":2}],
                 "dueDate":"2030-01-31"}""").status()).isEqualTo(200);
        api.post("/api/engineering-changes/" + changeId + "/evidence", "qe.alice", "{\"itemId\":\"FAI\",\"evidenceReference\":\"M-1\"}");
        api.post("/api/engineering-changes/" + changeId + "/evidence", "qe.alice", "{\"itemId\":\"FAI\",\"evidenceReference\":\"M-2\"}");

        assertThat(api.post("/api/engineering-changes/" + changeId + "/approval", "qe.alice",
                "{\"reason\":\"ok\",\"signatureMeaning\":\"APPROVED\",\"password\":\"alice-demo\"}").body().at("/rule").asText()).isEqualTo("four-eyes");
        assertThat(api.post("/api/engineering-changes/" + changeId + "/approval", "qe.bob",
                "{\"reason\":\"FAI passed\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/engineering-changes/" + changeId + "/closure", "qe.bob", "{\"note\":\"done\"}").status())
                .isEqualTo(200);

        JsonNode change = api.await("/api/engineering-changes/" + changeId,
                c -> "CLOSED".equals(c.at("/change/status").asText()));
        assertThat(change.at("/change/decidedBy").asText()).isEqualTo("qe.bob");
        assertThat(change.at("/planItems/0/received").asInt()).isEqualTo(2);
    }

    @Test
    void everyEventRecordsWhoCausedItAndTheCallersCorrelationId() {
        String specId = createAndApproveSpec(1592);

        String metaData = jdbc.queryForObject("SELECT metaData FROM domain_event_entry WHERE aggregateIdentifier = ?"
                        + " AND payloadType LIKE '%RevisionApproved'", (rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8),
                specId);
        assertThat(metaData).contains("\"actor\":\"qe.bob\"").contains("\"correlationId\"");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long eventsBefore = eventCount();
        ApiClient.Response refused = api.post("/api/specifications", "qe.alice", """
                {"partNumber":"%s","grade":"42SH","title":"t",
                 "characteristics":[{"characteristic":"Br","min":{"value":2.6,"unit":"T"},"testTemperature":{"value":20,"unit":"degC"}},
                                    {"characteristic":"HcJ","min":{"value":20,"unit":"furlong"},"testTemperature":{"value":900,"unit":"degC"}}]}"""
                .formatted(part));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors").toString())
                .contains("characteristics[0].min").contains("characteristics[1].min").contains("unknown unit 'furlong'")
                .contains("characteristics[1].testTemperature");
        assertThat(api.post("/api/lots", "rig.7", "{\"quantity\": \"many\"").status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void retriedCreateWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String body = lotBody("LOT-IDEM-" + part);

        ApiClient.Response first = api.post("/api/lots", "rig.7", body, key);
        ApiClient.Response retry = api.post("/api/lots", "rig.7", body, key);
        ApiClient.Response misuse = api.post("/api/lots", "rig.7", lotBody("LOT-OTHER-" + part), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(misuse.status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregateIdentifier = ?",
                Integer.class, "LOT-IDEM-" + part)).isEqualTo(1);
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private boolean hasSamples(JsonNode lot, String characteristic, int count) {
        for (JsonNode result : lot.at("/results")) {
            if (characteristic.equals(result.at("/limit/characteristic").asText())) {
                return result.at("/samples").size() == count;
            }
        }
        return false;
    }

    private JsonNode resultFor(JsonNode lot, String characteristic) {
        for (JsonNode result : lot.at("/results")) {
            if (characteristic.equals(result.at("/limit/characteristic").asText())) {
                return result;
            }
        }
        throw new AssertionError("no result for " + characteristic + " in " + lot);
    }

    private String createSpec(double hcjMin) {
        ApiClient.Response created = api.post("/api/specifications", "qe.alice", """
                {"partNumber":"%s","grade":"42SH","title":"Rotor magnet",
                 "characteristics":[{"characteristic":"HcJ","min":{"value":%s,"unit":"kA/m"},
                                     "testTemperature":{"value":20,"unit":"degC"},"standard":"IEC 60404-8-1"}],
                 "maxWorkingTemperature":{"value":150,"unit":"degC"}}""".formatted(part, hcjMin));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().at("/specificationId").asText();
    }

    private String createAndApproveSpec(double hcjMin) {
        String specId = createSpec(hcjMin);
        assertThat(api.post("/api/specifications/" + specId + "/revisions/1/proposal", "qe.alice", null).status()).isEqualTo(200);
        assertThat(api.post("/api/specifications/" + specId + "/revisions/1/approval", "qe.bob",
                "{\"reason\":\"PPAP complete\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status()).isEqualTo(200);
        return specId;
    }

    private void draftProposeApprove(String specId, int revision, double hcjMin) {
        ApiClient.Response drafted = api.post("/api/specifications/" + specId + "/revisions", "qe.alice", """
                {"reason":"relax HcJ after capability study",
                 "characteristics":[{"characteristic":"HcJ","min":{"value":%s,"unit":"kA/m"},
                                     "testTemperature":{"value":20,"unit":"degC"},"standard":"IEC 60404-8-1"}],
                 "maxWorkingTemperature":{"value":150,"unit":"degC"}}""".formatted(hcjMin));
        assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
        assertThat(api.post("/api/specifications/" + specId + "/revisions/" + revision + "/proposal", "qe.alice", null).status())
                .isEqualTo(200);
        assertThat(api.post("/api/specifications/" + specId + "/revisions/" + revision + "/approval", "qe.bob",
                "{\"reason\":\"capability study\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status()).isEqualTo(200);
    }

    private void measure(String lotId, String sample, double hcj, String unit) {
        ApiClient.Response recorded = api.post("/api/lots/" + lotId + "/measurements", "lab.1", """
                {"sampleId":"%s","testTemperature":{"value":20,"unit":"degC"},"lab":"QC","instrument":"HG-200",
                 "method":"closed-circuit","values":[{"characteristic":"HcJ","value":%s,"unit":"%s"}],"measuredAt":"%s"}"""
                .formatted(sample, hcj, unit, Instant.now()));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
    }

    private String lotBody(String lotId) {
        return """
                {"lotId":"%s","supplierId":"MAG-DE-1","partNumber":"%s","grade":"42SH","quantity":1200,
                 "declaredChain":{"links":[{"tier":"MAGNET_MAKER","sourceId":"MAG-DE-1","country":"DE"}],
                                  "custodyModel":"SEGREGATED"},"receivedAt":"%s"}""".formatted(lotId, part, Instant.now());
    }
}
