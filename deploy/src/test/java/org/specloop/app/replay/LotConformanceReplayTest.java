package org.specloop.app.replay;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.StoreSnapshots;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * lot-conformance is a policy that sends commands, and it may be replayed: the replay rebuilds its tables
 * and sends nothing (no new event is stored), and afterwards the policy decides new lots as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LotConformanceReplayTest {
    private static final String GROUP = "lot-conformance";
    private static final String ADMIN = TestUsers.ADMIN.username;
    private static final List<String> TABLES = List.of("lot_conformance_revision", "lot_conformance_lot", "lot_conformance_rejected");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplaySendsNoCommandAndLeavesThePolicyDecidingNewLots() throws Exception {
        ApiClient api = new ApiClient(port);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String part = "PN-RPC-" + tag;
        String spec = "SPEC-RPC-" + tag;
        assertThat(api.post("/api/specifications", "qe.alice", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "replay conformance",
                 "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                   "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"}],
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""".formatted(spec, part)).status()).isEqualTo(201);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/proposal", "qe.alice", "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/approval", "qe.bob",
                "{\"reason\":\"replay\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status()).isEqualTo(200);
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM lot_conformance_revision WHERE part_number = ?", Integer.class, part)).isPositive());
        lot(api, "LOT-RPC-PASS-" + tag, part, 1650);
        lot(api, "LOT-RPC-FAIL-" + tag, part, 1500);
        String rejected = "LOT-RPC-REJ-" + tag;
        lot(api, rejected, part, 1500);
        api.await("/api/lots/LOT-RPC-PASS-" + tag, disposition("RELEASED"));
        api.await("/api/lots/LOT-RPC-FAIL-" + tag, disposition("HELD"));
        api.await("/api/lots/" + rejected, disposition("HELD"));
        assertThat(api.post("/api/lots/" + rejected + "/rejection", "qe.alice", "{\"reason\":\"cracked\"}").status())
                .isEqualTo(204);
        api.await("/api/lots/" + rejected, disposition("REJECTED"));
        // revision 2 relaxes HcJ: the failing lot is evaluated again and released. A replay that sent commands
        // would evaluate it against revision 1 again when it reaches its receipt, and hold it: new events
        ApiClient.Response drafted = api.post("/api/specifications/" + spec + "/revisions", "qe.alice", """
                {"reason":"relax HcJ after capability study",
                 "characteristics":[{"characteristic":"HcJ","min":{"value":1450,"unit":"kA/m"},
                                     "testTemperature":{"value":20,"unit":"degC"},"standard":"IEC 60404-8-1"}],
                 "maxWorkingTemperature":{"value":150,"unit":"degC"}}""");
        assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/2/proposal", "qe.alice", null).status()).isEqualTo(200);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/2/approval", "qe.bob",
                "{\"reason\":\"capability study\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status())
                .isEqualTo(200);
        api.await("/api/lots/LOT-RPC-FAIL-" + tag, disposition("RELEASED"));

        long events = StoreSnapshots.quietEventCount(jdbc, api);
        List<List<String>> tablesBefore = StoreSnapshots.rows(jdbc, TABLES);
        assertThat(tablesBefore.get(2)).contains("[" + rejected + "]");

        ApiClient.Response started = api.post("/api/admin/processors/" + GROUP + "/replay", ADMIN, null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        eventually(Duration.ofSeconds(60), Duration.ofMillis(100), () -> {
            JsonNode view = api.get("/api/admin/processors/" + GROUP, ADMIN).body();
            assertThat(view.path("replaying").asBoolean()).isFalse();
            assertThat(view.path("lag").asLong()).isZero();
            assertThat(view.path("segments").get(0).path("resetPosition").isNull()
                    || !view.path("segments").get(0).path("replaying").asBoolean()).isTrue();
        });

        // nothing sent: the store holds the same events; the tables were rebuilt as they were
        assertThat(StoreSnapshots.eventCount(jdbc)).isEqualTo(events);
        assertThat(StoreSnapshots.rows(jdbc, TABLES)).isEqualTo(tablesBefore);

        // and the policy decides as before, against revision 2: a new lot is released, one below its HcJ held
        lot(api, "LOT-RPC-NEW-" + tag, part, 1660);
        lot(api, "LOT-RPC-NEWFAIL-" + tag, part, 1400);
        api.await("/api/lots/LOT-RPC-NEW-" + tag, disposition("RELEASED"));
        api.await("/api/lots/LOT-RPC-NEWFAIL-" + tag, disposition("HELD"));
    }

    private static Predicate<JsonNode> disposition(String expected) {
        return lot -> expected.equals(lot.at("/lot/disposition").asText());
    }

    private static void lot(ApiClient api, String lot, String part, double hcj) {
        assertThat(api.post("/api/lots", "qe.alice", """
                {"lotId": "%s", "supplierId": "SUP-RPC", "partNumber": "%s", "grade": "42SH", "quantity": 10,
                 "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}"""
                .formatted(lot, part, Instant.now())).status())
                .isEqualTo(201);
        assertThat(api.post("/api/lots/" + lot + "/measurements/batch", "qe.alice", """
                [{"sampleId": "S-1", "testTemperature": {"value": 20, "unit": "degC"}, "lab": "QC", "instrument": "HG",
                  "method": "CLOSED_CIRCUIT_IEC_60404_5", "values": [{"characteristic": "HcJ", "value": %s, "unit": "kA/m"}],
                  "measuredAt": "%s"}]"""
                .formatted(hcj, Instant.now())).status()).isEqualTo(200);
    }
}
