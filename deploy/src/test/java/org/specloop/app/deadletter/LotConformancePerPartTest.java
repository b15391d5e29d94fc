package org.specloop.app.deadletter;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.specloop.contracts.lot.EvaluateLotConformance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * lot-conformance is sequenced per part number: while the evaluation of one part's lot fails (here the
 * lot refuses the evaluation command), its event is dead-lettered and holds back only that part's later
 * events; lots of another part are still evaluated to HELD and RELEASED. Once the cause is gone, a retry of
 * the parked sequence evaluates the parked lot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LotConformancePerPartTest {
    private static final String GROUP = "lot-conformance";
    private static final String ADMIN = TestUsers.ADMIN.username;

    @LocalServerPort
    int port;
    @Autowired
    CommandBus commandBus;
    @Autowired
    JdbcTemplate jdbc;

    private volatile boolean broken = true;
    private Registration poison;

    @AfterEach
    void removePoison() {
        if (poison != null) {
            poison.cancel();
        }
    }

    @Test
    void aPoisonedPartHoldsBackOnlyItsOwnLots() throws Exception {
        ApiClient api = new ApiClient(port);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String poisonedPart = "PN-POISON-" + tag;
        String finePart = "PN-FINE-" + tag;
        effectiveSpec(api, "SPEC-POISON-" + tag, poisonedPart);
        effectiveSpec(api, "SPEC-FINE-" + tag, finePart);

        // a fault in evaluating the poisoned part's lots (any exception of the policy's handler would do)
        poison = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (broken && unitOfWork.getMessage().getPayload() instanceof EvaluateLotConformance evaluate
                    && evaluate.lotId().contains("POISON")) {
                throw new IllegalStateException("cannot evaluate " + evaluate.lotId());
            }
            return chain.proceed();
        });

        String poisoned = "LOT-POISON-" + tag;
        receive(api, poisoned, poisonedPart);
        measure(api, poisoned, 1650);
        String released = "LOT-FINE-PASS-" + tag;
        String held = "LOT-FINE-FAIL-" + tag;
        receive(api, released, finePart);
        receive(api, held, finePart);
        measure(api, released, 1650);
        measure(api, held, 1500);

        // the other part's lots are evaluated although the poisoned part's sequence is parked
        api.await("/api/lots/" + released, lot -> "RELEASED".equals(lot.at("/lot/disposition").asText()));
        api.await("/api/lots/" + held, lot -> "HELD".equals(lot.at("/lot/disposition").asText()));
        String sequenceId = "part:" + poisonedPart;
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> {
            JsonNode parked = sequence(api.get("/api/dead-letters/" + GROUP, ADMIN).body(), sequenceId);
            // the receipt failed; the measurement of the same part waits behind it
            assertThat(parked.path("size").asInt()).isEqualTo(2);
        });
        JsonNode parked = sequence(api.get("/api/dead-letters/" + GROUP, ADMIN).body(), sequenceId);
        assertThat(parked.path("entries").get(0).path("causeMessage").asText()).contains("cannot evaluate " + poisoned);
        assertThat(api.get("/api/dead-letters/" + GROUP, ADMIN).body().path("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/lots/" + poisoned).body().at("/lot/disposition").asText()).isNotIn("RELEASED", "HELD");

        // no replay while events are parked: the reset would clear them unhandled
        ApiClient.Response replay = api.post("/api/admin/processors/" + GROUP + "/replay", ADMIN, null);
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.header("Content-Type")).startsWith("application/problem+json");
        assertThat(replay.body().path("type").asText()).isEqualTo("urn:specloop:problem:dead-letters-parked");

        // fixed and retried: the parked receipt and measurement are handled, the lot is evaluated and released
        broken = false;
        ApiClient.Response retried = api.post("/api/dead-letters/" + GROUP + "/retry", ADMIN,
                "{\"sequence\":\"" + sequenceId + "\"}");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("processed").asInt()).isEqualTo(1);
        assertThat(retried.body().path("parkedEvents").asLong()).isZero();
        api.await("/api/lots/" + poisoned, lot -> "RELEASED".equals(lot.at("/lot/disposition").asText()));
    }

    private void effectiveSpec(ApiClient api, String spec, String part) throws Exception {
        assertThat(api.post("/api/specifications", "qe.alice", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "per part",
                 "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                   "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"}],
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""".formatted(spec, part)).status()).isEqualTo(201);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/proposal", "qe.alice", "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/approval", "qe.bob",
                "{\"reason\":\"per part\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status()).isEqualTo(200);
        // the conformance policy knows the revision before the part's first lot asks for it
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM lot_conformance_revision WHERE part_number = ?", Integer.class, part)).isPositive());
    }

    private static void receive(ApiClient api, String lot, String part) {
        assertThat(api.post("/api/lots", "qe.alice", """
                {"lotId": "%s", "supplierId": "SUP-PP", "partNumber": "%s", "grade": "42SH", "quantity": 10,
                 "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}"""
                .formatted(lot, part, Instant.now())).status())
                .isEqualTo(201);
    }

    private static void measure(ApiClient api, String lot, double hcj) {
        assertThat(api.post("/api/lots/" + lot + "/measurements/batch", "qe.alice", """
                [{"sampleId": "S-1", "testTemperature": {"value": 20, "unit": "degC"}, "lab": "QC", "instrument": "HG",
                  "method": "CLOSED_CIRCUIT_IEC_60404_5", "values": [{"characteristic": "HcJ", "value": %s, "unit": "kA/m"}],
                  "measuredAt": "%s"}]"""
                .formatted(hcj, Instant.now())).status()).isEqualTo(200);
    }

    private static JsonNode sequence(JsonNode page, String sequenceId) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(s -> s.path("sequenceIdentifier").asText().equals(sequenceId))
                .findFirst().orElseThrow(() -> new AssertionError(sequenceId + " not parked in " + page));
    }
}
