package org.specloop.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding projections from the event store through the admin API, on whichever store the subclass
 * configures: every group may be replayed, and the read models after a replay equal those before it.
 */
abstract class ReplayScenario {
    private static final ObjectMapper JSON = new ObjectMapper();
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    record Answer(int status, String contentType, JsonNode body) {
    }

    Answer admin(String method, String path) {
        return call(method, path, TestUsers.ADMIN);
    }

    Answer call(String method, String path, TestUsers user) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .headers(h -> h.addAll(user.basic())).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> {
                    byte[] bytes = response.getBody().readAllBytes();
                    return new Answer(response.getStatusCode().value(),
                            String.valueOf(response.getHeaders().getContentType()),
                            bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes));
                });
    }

    /** A spec in force, lots (one held), measurements, sources and an engineering change: every projection has rows. */
    String buildState() {
        ApiClient api = new ApiClient(port);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String spec = "SPEC-RP-" + tag;
        String part = "PN-RP-" + tag;
        assertThat(api.post("/api/sources", "qe.alice", """
                {"sourceId":"MINE-%s","name":"Replay Mine","tier":"MINE","country":"AU"}""".formatted(tag)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/specifications", "qe.alice", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "replay",
                 "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                   "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"}],
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""".formatted(spec, part)).status()).isEqualTo(201);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/proposal", "qe.alice", "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/approval", "qe.bob",
                "{\"reason\":\"replay\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status()).isEqualTo(200);
        for (int lot = 1; lot <= 3; lot++) {
            String lotId = "LOT-RP-" + tag + "-" + lot;
            assertThat(api.post("/api/lots", "qe.alice", """
                    {"lotId": "%s", "supplierId": "SUP-RP", "partNumber": "%s", "grade": "42SH", "quantity": 100,
                     "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}"""
                    .formatted(lotId, part, Instant.now())).status())
                    .isEqualTo(201);
            double hcj = lot == 2 ? 1500 : 1650;
            assertThat(api.post("/api/lots/" + lotId + "/measurements/batch", "qe.alice", """
                    [{"sampleId": "S-1", "testTemperature": {"value": 20, "unit": "degC"}, "lab": "QC", "instrument": "HG",
                      "method": "CLOSED_CIRCUIT_IEC_60404_5", "values": [{"characteristic": "HcJ", "value": %s, "unit": "kA/m"}],
                      "measuredAt": "%s"},
                     {"sampleId": "S-2", "testTemperature": {"value": 20, "unit": "degC"}, "lab": "QC", "instrument": "HG",
                      "method": "CLOSED_CIRCUIT_IEC_60404_5", "values": [{"characteristic": "HcJ", "value": 1660, "unit": "kA/m"}],
                      "measuredAt": "%2$s"}]"""
                    .formatted(hcj, Instant.now())).status()).isEqualTo(200);
        }
        assertThat(api.post("/api/engineering-changes", "qe.alice", """
                {"trigger":"MANUAL","title":"replay change","description":"d","specificationId":"%s",
                 "sourceChanges":[{"tier":"ALLOY_MAKER","previousSourceId":"AL-1","newSourceId":"AL-2"}]}""".formatted(spec))
                .status()).isEqualTo(201);
        api.await("/api/lots/LOT-RP-" + tag + "-2", lot -> "HELD".equals(lot.at("/lot/disposition").asText()));
        return spec;
    }

    @Test
    void replayingEveryReplayableProjectionRebuildsTheSameReadModels() {
        buildState();
        awaitAll(p -> p.path("lag").asLong() == 0 && !p.path("replaying").asBoolean());
        Map<String, List<String>> before = readModels();
        assertThat(before.get("q_lot")).isNotEmpty();

        List<String> replayable = new ArrayList<>();
        for (JsonNode p : admin("GET", "/api/admin/processors").body()) {
            if (p.path("replayable").asBoolean()) {
                replayable.add(p.path("name").asText());
            }
        }
        // every group: the requalification policy and its due-date watch too, since the saga they replaced is gone
        assertThat(replayable).contains("query-lots", "query-specifications", "query-changes", "query-sources", "query-sourcing",
                "notify-outbox", "loop-feedback", "sourcing", "lot-conformance", "requalification", "revision-activation");
        assertThat(admin("GET", "/api/admin/processors").body()).allSatisfy(p ->
                assertThat(p.path("replayable").asBoolean()).as(p.toString()).isTrue());
        for (String group : replayable) {
            Answer started = admin("POST", "/api/admin/processors/" + group + "/replay");
            assertThat(started.status()).as(group + ": " + started.body()).isEqualTo(202);
        }
        awaitAll(p -> p.path("lag").asLong() == 0 && !p.path("replaying").asBoolean()
                && p.path("replayPercent").asDouble() == 100.0);

        assertThat(readModels()).isEqualTo(before);
    }

    @Test
    void replayNeedsAnAdminAndAGroupThatExists() {
        assertThat(admin("POST", "/api/admin/processors/no-such-group/replay").status()).isEqualTo(404);
        assertThat(call("POST", "/api/admin/processors/query-lots/replay", TestUsers.ALICE).status()).isEqualTo(403);
        assertThat(call("GET", "/api/admin/processors", TestUsers.ALICE).status()).isEqualTo(403);
    }

    void awaitAll(Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = admin("GET", "/api/admin/processors").body();
            boolean all = true;
            for (JsonNode p : last) {
                all &= condition.test(p);
            }
            if (all) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("processors did not get there: " + last);
    }

    JsonNode awaitProcessor(String group, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = admin("GET", "/api/admin/processors/" + group).body();
            if (condition.test(last)) {
                return last;
            }
            sleep(50);
        }
        throw new AssertionError(group + " did not get there: " + last);
    }

    /** Every read-model table as sorted rows; entry_no is an identity the database hands out, so it is left out. */
    Map<String, List<String>> readModels() {
        Map<String, List<String>> models = new TreeMap<>();
        List<String> tables = jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_name)"
                + " LIKE 'q\\_%' OR LOWER(table_name) IN ('object_history', 'revision_activation_pending', 'requalification_due')", String.class);
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                Map<String, Object> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                sorted.putAll(row);
                sorted.remove("entry_no");
                rows.add(sorted.toString());
            }
            rows.sort(String::compareTo);
            models.put(table, rows);
        }
        return models;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
