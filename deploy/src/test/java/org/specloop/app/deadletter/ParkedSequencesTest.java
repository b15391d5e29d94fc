package org.specloop.app.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * loop-feedback parks per aggregate (LoopSequencing): a lot whose receipt the group cannot handle parks its own
 * later events (its measurement) and nothing else; the lots after it, of its part and of another, are handled.
 * sourcing keeps one sequence per part (SourcingSequencing): the same poisoned receipt parks only the later events
 * of its own part, and the lots of other parts are still checked. The operator's way out: evict the event that can never be handled (recorded
 * with its reason) and retry the rest, or retry everything once the cause is fixed. Either way the group's
 * handlers then do their real work on the parked lots (the sourcing check holds them, the loop records them),
 * nothing stays parked and the group is at the head of the store. A probe handler joins each group to fail on
 * lots named POISON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ParkedSequencesTest.Probes.class)
class ParkedSequencesTest {
    private static final String ADMIN = TestUsers.ADMIN.username;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Poison poison;

    /** Which lots each group's probe refuses, and which it handled. */
    static class Poison {
        final Map<String, String> brokenFor = new ConcurrentHashMap<>();
        final Set<String> handled = ConcurrentHashMap.newKeySet();
        /** Lots whose first handling meets a lock held by another batch (a transient failure). */
        final Set<String> deadlockOnce = ConcurrentHashMap.newKeySet();
        final Map<String, Integer> attempts = new ConcurrentHashMap<>();

        void on(String group, MagnetLotReceived event) {
            attempts.merge(group + ":" + event.lotId(), 1, Integer::sum);
            if (deadlockOnce.remove(group + ":" + event.lotId())) {
                throw new DeadlockException("An imminent deadlock was detected while attempting to acquire a lock");
            }
            String prefix = brokenFor.get(group);
            if (prefix != null && event.lotId().startsWith(prefix)) {
                throw new IllegalStateException(group + " probe cannot handle lot " + event.lotId());
            }
            handled.add(group + ":" + event.lotId());
        }
    }

    @TestConfiguration
    static class Probes {
        @Bean
        Poison poison() {
            return new Poison();
        }

        @Bean
        SourcingProbe sourcingProbe(Poison poison) {
            return new SourcingProbe(poison);
        }

        @Bean
        LoopProbe loopProbe(Poison poison) {
            return new LoopProbe(poison);
        }
    }

    @ProcessingGroup("sourcing")
    static class SourcingProbe {
        private final Poison poison;

        SourcingProbe(Poison poison) {
            this.poison = poison;
        }

        @EventHandler
        public void on(MagnetLotReceived event) {
            poison.on("sourcing", event);
        }
    }

    @ProcessingGroup("loop-feedback")
    static class LoopProbe {
        private final Poison poison;

        LoopProbe(Poison poison) {
            this.poison = poison;
        }

        @EventHandler
        public void on(MagnetLotReceived event) {
            poison.on("loop-feedback", event);
        }
    }

    /**
     * Two batches waiting for each other's aggregate locks say nothing about the event: it is not parked (on a
     * busy part its sequence outgrew the queue and stopped the segment), the processor handles the batch again.
     */
    @org.junit.jupiter.api.Test
    void aTransientFailureIsHandledAgainNotParked() throws Exception {
        String group = "sourcing";
        ApiClient api = new ApiClient(port);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String part = "PN-TF-" + tag;
        governedSpec(api, "SPEC-TF-" + tag, part);
        String lot = "LOT-TF-" + tag;
        poison.deadlockOnce.add(group + ":" + lot);

        receive(api, lot, part);

        handledForReal(api, group, lot);
        assertThat(poison.attempts.get(group + ":" + lot)).isGreaterThanOrEqualTo(2);
        nothingParkedAndAtTheHead(api, group);
    }

    @org.junit.jupiter.api.Test
    void aParkedReceiptOfOnePartHoldsBackOnlyThatPartInSourcing() throws Exception {
        String group = "sourcing";
        ApiClient api = new ApiClient(port);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String partA = "PN-PP-A-" + tag;
        String partB = "PN-PP-B-" + tag;
        governedSpec(api, "SPEC-PP-A-" + tag, partA);
        governedSpec(api, "SPEC-PP-B-" + tag, partB);
        String poisoned = "LOT-POISON-" + tag;
        poison.brokenFor.put(group, poisoned);
        String samePart = "LOT-SAME-" + tag;
        String otherPart = "LOT-OTHER-" + tag;
        receive(api, poisoned, partA);
        receive(api, samePart, partA);
        receive(api, otherPart, partB);

        // the other part's lot is checked (held for its mass-balance chain) while part A waits
        handledForReal(api, group, otherPart);
        JsonNode sequence = parkedUntil(api, group, samePart);
        assertThat(sequence.path("sequenceIdentifier").asText()).isEqualTo("part:" + partA);
        assertThat(sequence.path("entries").get(0).path("payload").path("lotId").asText()).isEqualTo(poisoned);
        assertThat(poison.handled).doesNotContain(group + ":" + samePart);

        poison.brokenFor.remove(group);
        ApiClient.Response fixed = api.post("/api/dead-letters/" + group + "/retry", ADMIN, null);
        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.body().path("parkedSequences").asLong()).isZero();
        handledForReal(api, group, poisoned);
        handledForReal(api, group, samePart);
        nothingParkedAndAtTheHead(api, group);
    }

    @org.junit.jupiter.api.Test
    void aParkedReceiptHoldsBackOnlyItsOwnLotInTheLoop() throws Exception {
        String group = "loop-feedback";
        ApiClient api = new ApiClient(port);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String partA = "PN-GO-A-" + tag;
        String partB = "PN-GO-B-" + tag;
        governedSpec(api, "SPEC-GO-A-" + tag, partA);
        governedSpec(api, "SPEC-GO-B-" + tag, partB);

        // round 1: the poisoned receipt can never be handled, so it is evicted and the rest of its lot retried
        String poisonPrefix = "LOT-POISON-" + tag;
        poison.brokenFor.put(group, poisonPrefix);
        String evictMe = poisonPrefix + "-1";
        String samePart = "LOT-SAME-" + tag + "-1";
        String otherPart = "LOT-OTHER-" + tag + "-1";
        receive(api, evictMe, partA);
        measure(api, evictMe);
        receive(api, samePart, partA);
        receive(api, otherPart, partB);

        // the lots after it, of its part and of another, are handled while its own measurement waits behind it
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> {
            handledForReal(api, group, samePart);
            handledForReal(api, group, otherPart);
        });
        JsonNode sequence = parkedUntil(api, group, evictMe, "MeasurementRecorded");
        assertThat(sequence.path("sequenceIdentifier").asText()).isEqualTo(evictMe);
        JsonNode first = sequence.path("entries").get(0);
        assertThat(first.path("payload").path("lotId").asText()).isEqualTo(evictMe);
        assertThat(first.path("causeMessage").asText()).isEqualTo(group + " probe cannot handle lot " + evictMe);
        assertThat(group(api.get("/api/dead-letters", ADMIN).body(), "lot-conformance").path("events").asLong()).isZero();

        ApiClient.Response evicted = api.post("/api/dead-letters/" + group + "/" + first.path("entryId").asText() + "/evict",
                ADMIN, "{\"reason\":\"receipt withdrawn, see QA-77\"}");
        assertThat(evicted.status()).isEqualTo(200);
        assertThat(evicted.body().path("evicted").asInt()).isEqualTo(1);
        ApiClient.Response retried = api.post("/api/dead-letters/" + group + "/retry", ADMIN,
                "{\"sequence\":\"" + evictMe + "\"}");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("processed").asInt()).isEqualTo(1);
        assertThat(retried.body().path("parkedEvents").asLong()).isZero();
        assertThat(poison.handled).doesNotContain(group + ":" + evictMe);
        JsonNode record = StreamSupport.stream(api.get("/api/dead-letters/evictions?group=" + group, ADMIN).body()
                .path("items").spliterator(), false).filter(r -> r.path("aggregateId").asText().equals(evictMe))
                .findFirst().orElseThrow();
        assertThat(record.path("reason").asText()).isEqualTo("receipt withdrawn, see QA-77");

        // round 2: the cause is fixed, and a retry of everything handles the lot, which keeps its place in the store
        String retryMe = poisonPrefix + "-2";
        String after = "LOT-SAME-" + tag + "-2";
        receive(api, retryMe, partA);
        receive(api, after, partA);
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> handledForReal(api, group, after));
        parkedUntil(api, group, retryMe, "MagnetLotReceived");
        poison.brokenFor.remove(group);
        ApiClient.Response fixed = api.post("/api/dead-letters/" + group + "/retry", ADMIN, null);
        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.body().path("processed").asInt()).isEqualTo(1);
        assertThat(fixed.body().path("parkedSequences").asLong()).isZero();
        handledForReal(api, group, retryMe);
        // handled after the later lot, charted before it: a lot's place is its receipt's store position
        assertThat(seqOf(retryMe)).isLessThan(seqOf(after));

        // nothing parked, and the group has read the store to its head, in its one segment
        nothingParkedAndAtTheHead(api, group);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processorName = ?", Integer.class, group))
                .isEqualTo(1);
    }

    /** The group has no parked event and has read the store to its head. */
    private static void nothingParkedAndAtTheHead(ApiClient api, String group) throws Exception {
        assertThat(group(api.get("/api/dead-letters", ADMIN).body(), group).path("events").asLong()).isZero();
        eventually(Duration.ofSeconds(20), Duration.ofMillis(200), () ->
                assertThat(api.get("/api/admin/processors/" + group, ADMIN).body().path("lag").asLong()).isZero());
    }

    private long seqOf(String lot) {
        return jdbc.queryForObject("SELECT seq FROM loop_lot WHERE lot_id = ?", Long.class, lot);
    }

    private static void measure(ApiClient api, String lot) {
        ApiClient.Response recorded = api.post("/api/lots/" + lot + "/measurements", "lab.1", """
                {"measurementId":"M-%s","sampleId":"S-1","testTemperature":{"value":20,"unit":"degC"},"lab":"QC",
                 "instrument":"HG-200","method":"closed-circuit","values":[{"characteristic":"HcJ","value":1650,"unit":"kA/m"}],
                 "measuredAt":"%s"}""".formatted(lot, Instant.now().minusSeconds(5)));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
    }

    /** The sourcing check holds a lot that breaks the spec's rules; the loop records the lot for its charts. */
    private void handledForReal(ApiClient api, String group, String lot) {
        if (group.equals("sourcing")) {
            api.await("/api/lots/" + lot, l -> l.path("holds").toString().contains("SOURCING_RULE"));
        } else {
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM loop_lot WHERE lot_id = ?", Integer.class, lot);
            assertThat(rows).as(lot + " in loop_lot").isEqualTo(1);
        }
    }

    /** Waits until the group's one parked sequence holds the given lot's receipt, and returns that sequence. */
    private JsonNode parkedUntil(ApiClient api, String group, String lot) throws Exception {
        return parkedUntil(api, group, lot, "MagnetLotReceived");
    }

    /** Waits until the group's one parked sequence holds an event of the given type of the lot. */
    private JsonNode parkedUntil(ApiClient api, String group, String lot, String payloadType) throws Exception {
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> assertThat(StreamSupport.stream(
                sequenceOf(api, group).path("entries").spliterator(), false).anyMatch(e -> e.path("payloadType").asText()
                .endsWith(payloadType) && e.path("payload").path("lotId").asText().equals(lot))).isTrue());
        JsonNode page = api.get("/api/dead-letters/" + group, ADMIN).body();
        assertThat(page.path("total").asLong()).isEqualTo(1);
        return sequenceOf(api, group);
    }

    private static JsonNode sequenceOf(ApiClient api, String group) {
        JsonNode items = api.get("/api/dead-letters/" + group, ADMIN).body().path("items");
        assertThat(items.size()).as("parked sequences of " + group).isEqualTo(1);
        return items.get(0);
    }

    /** Effective, with a sourcing rule (segregated custody or better) that a mass-balance lot breaks. */
    private void governedSpec(ApiClient api, String spec, String part) throws Exception {
        assertThat(api.post("/api/specifications", "qe.alice", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "global order",
                 "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                   "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"}],
                 "sourcingRules": {"minimumCustodyModel": "SEGREGATED"},
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""".formatted(spec, part)).status()).isEqualTo(201);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/proposal", "qe.alice", "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/specifications/" + spec + "/revisions/1/approval", "qe.bob",
                "{\"reason\":\"global order\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}").status()).isEqualTo(200);
        // the sourcing check knows the spec before the part's first lot asks for it
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM sourcing_spec WHERE part_number = ?", Integer.class, part)).isPositive());
    }

    private static void receive(ApiClient api, String lot, String part) {
        assertThat(api.post("/api/lots", "qe.alice", """
                {"lotId": "%s", "supplierId": "SUP-GO", "partNumber": "%s", "grade": "42SH", "quantity": 10,
                 "declaredChain": {"links": [], "custodyModel": "MASS_BALANCE"}, "receivedAt": "%s"}"""
                .formatted(lot, part, Instant.now())).status())
                .isEqualTo(201);
    }

    private static JsonNode group(JsonNode groups, String name) {
        return StreamSupport.stream(groups.spliterator(), false).filter(g -> g.path("group").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not listed in " + groups));
    }
}
