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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * The sourcing policies send commands (raise and attach changes, hold lots, record evidence) and may be
 * replayed: the replay rebuilds their tables, chain claims included, and sends nothing; afterwards a lot
 * from the same new chain joins the change raised before the replay instead of raising another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SourcingReplayTest {
    private static final String GROUP = "sourcing";
    private static final String ADMIN = TestUsers.ADMIN.username;
    private static final String[] TIERS = {"MINE", "CONCENTRATOR", "SEPARATOR", "METAL_MAKER", "ALLOY_MAKER", "MAGNET_MAKER"};
    private static final List<String> TABLES = List.of("sourcing_spec", "sourcing_qualified", "sourcing_lot",
            "sourcing_chain_claim", "sourcing_change", "sourcing_change_lot", "sourcing_change_item", "sourcing_source",
            "sourcing_change_evidence", "sourcing_measurement", "sourcing_motor_point", "sourcing_spec_title");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String spec = "SPEC-RPS-" + tag;
    private final String part = "PN-RPS-" + tag;

    @Test
    void aReplaySendsNoCommandAndKeepsTheChainClaims() throws Exception {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < TIERS.length; i++) {
            source(api, source(TIERS[i], "A"), TIERS[i]);
        }
        source(api, source("ALLOY_MAKER", "B"), "ALLOY_MAKER");
        qualifiedSpec(api);

        String first = "LOT-RPS-B1-" + tag;
        String change = "EC-SRC-" + first;
        receive(api, first, "B");
        api.await("/api/engineering-changes/" + change, c -> c.path("planItems").size() > 0);
        api.await("/api/lots/" + first, lot -> lot.path("holds").toString().contains("SOURCE_CHANGE"));
        measure(api, first);

        long events = StoreSnapshots.quietEventCount(jdbc, api);
        List<List<String>> before = StoreSnapshots.rows(jdbc, TABLES);
        assertThat(before.get(TABLES.indexOf("sourcing_chain_claim"))).isNotEmpty();

        ApiClient.Response started = api.post("/api/admin/processors/" + GROUP + "/replay", ADMIN, null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        eventually(Duration.ofSeconds(60), Duration.ofMillis(100), () -> {
            JsonNode view = api.get("/api/admin/processors/" + GROUP, ADMIN).body();
            assertThat(view.path("replaying").asBoolean()).isFalse();
            assertThat(view.path("lag").asLong()).isZero();
        });

        assertThat(StoreSnapshots.eventCount(jdbc)).isEqualTo(events);
        assertThat(StoreSnapshots.rows(jdbc, TABLES)).isEqualTo(before);

        // live again: a second lot from chain B joins the change raised before the replay; none is raised anew
        String second = "LOT-RPS-B2-" + tag;
        receive(api, second, "B");
        api.await("/api/engineering-changes/" + change, c -> c.path("lots").toString().contains(second));
        api.await("/api/lots/" + second, lot -> lot.path("holds").toString().contains("SOURCE_CHANGE"));
        assertThat(api.get("/api/engineering-changes?specificationId=" + spec).body().path("total").asInt()).isEqualTo(1);
    }

    private String source(String tier, String variant) {
        return tier + "-" + variant + "-" + tag;
    }

    private static void source(ApiClient api, String id, String tier) {
        assertThat(api.post("/api/sources", "qe.alice", """
                {"sourceId":"%s","name":"%s GmbH","tier":"%s","country":"DE","certificates":[
                 {"type":"ISO 9001","number":"Q-%s","validFrom":"2024-01-01","expiresOn":"2030-01-01"},
                 {"type":"RMI RMAP","number":"R-%s","validFrom":"2024-01-01","expiresOn":"2030-01-01"}]}"""
                .formatted(id, id, tier, id, id)).status())
                .isEqualTo(201);
    }

    private void qualifiedSpec(ApiClient api) throws Exception {
        List<String> qualified = new ArrayList<>();
        for (String tier : TIERS) {
            qualified.add("{\"tier\":\"%s\",\"sourceId\":\"%s\"}".formatted(tier, source(tier, "A")));
        }
        assertThat(api.post("/api/specifications", "qe.alice", """
                {"specificationId":"%s","partNumber":"%s","grade":"42SH","title":"replay sourcing",
                 "characteristics":[{"characteristic":"HCJ","min":{"value":1592},"testTemperature":{"value":20,"unit":"degC"}}],
                 "sourcingRules":{"qualifiedSources":[%s],"countryExclusions":[],"minimumCustodyModel":"SEGREGATED"},
                 "maxWorkingTemperature":{"value":150,"unit":"degC"}}""".formatted(spec, part, String.join(",", qualified)))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/proposal", "qe.alice", "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/approval", "qe.bob",
                "{\"reason\":\"PPAP\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status()).isEqualTo(200);
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM sourcing_spec WHERE part_number = ?", Integer.class, part)).isPositive());
    }

    /** Chain A, with alloy maker A or B. */
    private void receive(ApiClient api, String lot, String alloy) {
        List<String> links = new ArrayList<>();
        for (String tier : TIERS) {
            links.add("{\"tier\":\"%s\",\"sourceId\":\"%s\",\"country\":\"DE\"}"
                    .formatted(tier, source(tier, tier.equals("ALLOY_MAKER") ? alloy : "A")));
        }
        assertThat(api.post("/api/lots", "qe.alice", """
                {"lotId":"%s","supplierId":"MAG-A","partNumber":"%s","grade":"42SH","quantity":100,
                 "declaredChain":{"links":[%s],"custodyModel":"SEGREGATED"},"receivedAt":"%s"}"""
                .formatted(lot, part, String.join(",", links), Instant.now()))
                .status()).isEqualTo(201);
    }

    private static void measure(ApiClient api, String lot) {
        assertThat(api.post("/api/lots/" + lot + "/measurements/batch", "qe.alice", """
                [{"sampleId": "S-1", "testTemperature": {"value": 20, "unit": "degC"}, "lab": "QC", "instrument": "HG",
                  "method": "CLOSED_CIRCUIT_IEC_60404_5", "values": [{"characteristic": "HcJ", "value": 1650, "unit": "kA/m"}],
                  "measuredAt": "%s"}]""".formatted(Instant.now()))
                .status()).isEqualTo(200);
    }
}
