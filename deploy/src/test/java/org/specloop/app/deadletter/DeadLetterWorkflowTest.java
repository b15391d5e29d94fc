package org.specloop.app.deadletter;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * A processing group that fails on some lots parks them; the administrator sees them through the API
 * (event, error, payload), evicts one with a reason that is recorded, fixes the cause and retries the
 * other, which is then handled. Nobody but ADMIN reaches any of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DeadLetterWorkflowTest.Probe.class)
public class DeadLetterWorkflowTest {
    public static final String GROUP = "dead-letter-probe";
    private static final String ADMIN = TestUsers.ADMIN.username;

    @LocalServerPort
    int port;
    @Autowired
    PoisonedProjection projection;

    /** Imported by the browser test of the page too, so that both share one application context. */
    @TestConfiguration
    public static class Probe {
        @Bean
        PoisonedProjection poisonedProjection() {
            return new PoisonedProjection();
        }
    }

    /** A projection with a bug: while broken, it cannot handle a lot whose id says POISON. */
    @ProcessingGroup(GROUP)
    public static class PoisonedProjection {
        public volatile boolean broken = true;
        public final Set<String> handled = ConcurrentHashMap.newKeySet();

        @EventHandler
        public void on(MagnetLotReceived event) {
            if (broken && event.lotId().contains("POISON")) {
                throw new IllegalStateException("probe cannot store lot " + event.lotId());
            }
            handled.add(event.lotId());
        }

        /** Never fails itself; parked behind a failed receipt of the same lot to keep the lot's order. */
        @EventHandler
        public void on(LotHeld event) {
            handled.add(event.lotId() + " held");
        }
    }

    @Test
    void parkedEventsAreSeenEvictedWithAReasonAndRetriedOnceFixed() throws Exception {
        projection.broken = true;
        ApiClient api = new ApiClient(port);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String evictMe = "LOT-POISON-A-" + tag;
        String retryMe = "LOT-POISON-B-" + tag;
        for (String lot : new String[]{evictMe, retryMe, "LOT-FINE-" + tag}) {
            assertThat(api.post("/api/lots", "qe.alice", """
                    {"lotId": "%s", "supplierId": "SUP-DL", "partNumber": "PN-DL-%s", "grade": "42SH", "quantity": 10,
                     "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}"""
                    .formatted(lot, tag, Instant.now())).status())
                    .isEqualTo(201);
        }

        // a later event of a parked lot waits behind its receipt, though it would not fail itself
        assertThat(api.post("/api/lots/" + retryMe + "/hold", "qe.alice", "{\"reason\":\"suspect coating\"}").status())
                .isEqualTo(204);

        // seen: the group with two parked sequences, every other group listed with none
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> {
            JsonNode probe = group(api.get("/api/dead-letters", ADMIN).body(), GROUP);
            assertThat(probe.path("events").asLong()).isEqualTo(3);
            assertThat(probe.path("sequences").asLong()).isEqualTo(2);
        });
        JsonNode groups = api.get("/api/dead-letters", ADMIN).body();
        assertThat(group(groups, "query-lots").path("events").asLong()).isZero();
        assertThat(projection.handled).contains("LOT-FINE-" + tag).doesNotContain(evictMe, retryMe);

        JsonNode parked = api.get("/api/dead-letters/" + GROUP, ADMIN).body();
        assertThat(parked.path("total").asLong()).isEqualTo(2);
        JsonNode sequence = sequence(parked, evictMe);
        JsonNode entry = sequence.path("entries").get(0);
        assertThat(entry.path("payloadType").asText()).isEqualTo(MagnetLotReceived.class.getName());
        assertThat(entry.path("aggregateId").asText()).isEqualTo(evictMe);
        assertThat(entry.path("aggregateSequenceNumber").asLong()).isZero();
        assertThat(entry.path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(entry.path("causeMessage").asText()).isEqualTo("probe cannot store lot " + evictMe);
        assertThat(entry.path("payload").path("lotId").asText()).isEqualTo(evictMe);
        assertThat(entry.path("eventId").asText()).isNotBlank();
        assertThat(entry.path("enqueuedAt").asText()).isNotBlank();
        assertThat(entry.path("lastTouched").asText()).isNotBlank();
        JsonNode behind = sequence(parked, retryMe);
        assertThat(behind.path("size").asInt()).isEqualTo(2);
        assertThat(behind.path("entries").get(1).path("payloadType").asText()).isEqualTo(LotHeld.class.getName());
        assertThat(behind.path("entries").get(1).path("aggregateSequenceNumber").asLong()).isEqualTo(1);

        // refused as problems: unknown group, eviction without a reason, unknown entry
        ApiClient.Response unknown = api.get("/api/dead-letters/no-such-group", ADMIN);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        ApiClient.Response noReason = api.post("/api/dead-letters/" + GROUP + "/" + entry.path("entryId").asText() + "/evict",
                ADMIN, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noReason.body().path("detail").asText()).contains("reason is required");
        assertThat(api.post("/api/dead-letters/" + GROUP + "/NO-SUCH-ENTRY/evict", ADMIN, "{\"reason\":\"x\"}").status())
                .isEqualTo(404);

        // evicted with a reason, and the eviction recorded
        ApiClient.Response evicted = api.post("/api/dead-letters/" + GROUP + "/" + entry.path("entryId").asText() + "/evict",
                ADMIN, "{\"reason\":\"lot withdrawn by the supplier\"}");
        assertThat(evicted.status()).isEqualTo(200);
        assertThat(evicted.body().path("evicted").asInt()).isEqualTo(1);
        assertThat(evicted.body().path("parkedEvents").asLong()).isEqualTo(2);
        JsonNode record = api.get("/api/dead-letters/evictions?group=" + GROUP, ADMIN).body().path("items").get(0);
        assertThat(record.path("evictedBy").asText()).isEqualTo("admin");
        assertThat(record.path("reason").asText()).isEqualTo("lot withdrawn by the supplier");
        assertThat(record.path("aggregateId").asText()).isEqualTo(evictMe);
        assertThat(record.path("eventId").asText()).isEqualTo(entry.path("eventId").asText());
        assertThat(record.path("causeMessage").asText()).isEqualTo("probe cannot store lot " + evictMe);
        assertThat(record.path("evictedAt").asText()).isNotBlank();

        // a retry while the cause is still there fails again and keeps the event parked
        ApiClient.Response stillBroken = api.post("/api/dead-letters/" + GROUP + "/retry", ADMIN, "{\"sequence\":\"" + retryMe + "\"}");
        assertThat(stillBroken.status()).isEqualTo(200);
        assertThat(stillBroken.body().path("processed").asInt()).isZero();
        assertThat(stillBroken.body().path("failed").asInt()).isEqualTo(1);
        assertThat(stillBroken.body().path("parkedEvents").asLong()).isEqualTo(2);

        // the cause fixed, a retry of everything handles the parked lot and empties the queue
        projection.broken = false;
        ApiClient.Response retried = api.post("/api/dead-letters/" + GROUP + "/retry", ADMIN, null);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("processed").asInt()).isEqualTo(1);
        assertThat(retried.body().path("parkedEvents").asLong()).isZero();
        assertThat(retried.body().path("parkedSequences").asLong()).isZero();
        assertThat(projection.handled).contains(retryMe, retryMe + " held").doesNotContain(evictMe);
        assertThat(group(api.get("/api/dead-letters", ADMIN).body(), GROUP).path("events").asLong()).isZero();
    }

    @Test
    void onlyAdministratorsReachTheDeadLetters() {
        ApiClient api = new ApiClient(port);
        for (String who : new String[]{"qe.alice", "oem.acme", TestUsers.RIG_NAME}) {
            assertThat(api.get("/api/dead-letters", who).status()).as(who).isEqualTo(403);
            assertThat(api.get("/api/dead-letters/" + GROUP, who).status()).as(who).isEqualTo(403);
            assertThat(api.get("/api/dead-letters/evictions", who).status()).as(who).isEqualTo(403);
            assertThat(api.post("/api/dead-letters/" + GROUP + "/retry", who, null).status()).as(who).isEqualTo(403);
            assertThat(api.post("/api/dead-letters/" + GROUP + "/x/evict", who, "{\"reason\":\"r\"}").status()).as(who).isEqualTo(403);
        }
        assertThat(page(TestUsers.ALICE).status()).isEqualTo(403);
        Page admin = page(TestUsers.ADMIN);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.html()).contains("Dead letters", GROUP, "query-lots");
    }

    record Page(int status, String html) {
    }

    private Page page(TestUsers user) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .get().uri("/ui/admin/dead-letters?group=" + GROUP).headers(h -> h.addAll(user.basic()))
                .exchange((request, response) -> new Page(response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static JsonNode group(JsonNode groups, String name) {
        return StreamSupport.stream(groups.spliterator(), false).filter(g -> g.path("group").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not listed in " + groups));
    }

    private static JsonNode sequence(JsonNode page, String sequenceId) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(s -> s.path("sequenceIdentifier").asText().equals(sequenceId))
                .findFirst().orElseThrow(() -> new AssertionError(sequenceId + " not parked in " + page));
    }
}
