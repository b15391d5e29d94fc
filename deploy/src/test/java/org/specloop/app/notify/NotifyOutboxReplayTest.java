package org.specloop.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.StoreSnapshots;
import org.specloop.app.TestUsers;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.notify.WebhookSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * notify-outbox may be replayed: the replay rebuilds its lookup of parts per lot, spec and change and
 * queues nothing, not even for a subscription made after the events it replays; a new event afterwards
 * is delivered once to every subscription that follows its part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.webhook.allowed-hosts=127.0.0.1",
        "specloop.notify.delivery.poll-interval=200ms"})
@ActiveProfiles("test")
class NotifyOutboxReplayTest {
    private static final String GROUP = "notify-outbox";
    private static final String ADMIN = TestUsers.ADMIN.username;
    private static final String OEM = TestUsers.OEM.username;
    private static final List<String> TABLES = List.of("notify_lot", "notify_specification", "notify_change", "notify_outbox");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String part = "P-RPN-" + tag;
    private final List<String> first = new CopyOnWriteArrayList<>();
    private final List<String> second = new CopyOnWriteArrayList<>();
    private final HttpServer receiver = receiver();

    private HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/first", exchange -> {
                first.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.createContext("/second", exchange -> {
                second.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aReplayQueuesNothingAndNewEventsAreDeliveredOnce() throws Exception {
        ApiClient api = new ApiClient(port);
        assertThat(api.post("/api/admin/oem-grants/" + OEM, ADMIN, """
                {"partNumbers": ["%s"], "reason": "replay test"}""".formatted(part)).status()).isEqualTo(200);
        String before = subscribe(api, "first");
        held("LOT-RPN-1-" + tag, 0);
        eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(first).hasSize(1));
        // made after the event: a replay that queued would send it the past
        String after = subscribe(api, "second");

        awaitAtHead(api);
        assertThat(delivered(api, before)).hasSize(1);
        List<List<String>> tables = StoreSnapshots.rows(jdbc, TABLES);
        long outbox = jdbc.queryForObject("SELECT COUNT(*) FROM notify_outbox", Long.class);

        ApiClient.Response started = api.post("/api/admin/processors/" + GROUP + "/replay", ADMIN, null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        eventually(Duration.ofSeconds(60), Duration.ofMillis(100), () -> {
            JsonNode view = api.get("/api/admin/processors/" + GROUP, ADMIN).body();
            assertThat(view.path("replaying").asBoolean()).isFalse();
            assertThat(view.path("lag").asLong()).isZero();
        });
        Thread.sleep(1000);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notify_outbox", Long.class)).isEqualTo(outbox);
        assertThat(StoreSnapshots.rows(jdbc, TABLES)).isEqualTo(tables);
        assertThat(first).hasSize(1);
        assertThat(second).isEmpty();
        assertThat(delivered(api, after)).isEmpty();

        // live again: a new hold reaches both subscriptions, once each
        String next = "LOT-RPN-2-" + tag;
        held(next, 1);
        eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> {
            assertThat(first).hasSize(2);
            assertThat(second).hasSize(1);
        });
        Thread.sleep(1000);
        assertThat(first).hasSize(2);
        assertThat(first.get(1)).contains(next);
        assertThat(second).singleElement().asString().contains(next);
        assertThat(delivered(api, before)).hasSize(2);
        assertThat(delivered(api, after)).hasSize(1);
    }

    private String subscribe(ApiClient api, String path) {
        ApiClient.Response created = api.post("/api/subscriptions", OEM, """
                {"partNumbers": ["%s"], "channel": {"kind": "WEBHOOK", "url": "http://127.0.0.1:%d/%s", "secrets": ["%s"]}}
                """.formatted(part, receiver.getAddress().getPort(), path, WebhookSignature.newSecret()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    private void held(String lot, int hour) {
        Instant at = Instant.parse("2026-03-01T07:00:00Z").plus(Duration.ofHours(hour));
        eventStore.publish(new GenericDomainEventMessage<>("MagnetLot", lot, 0,
                new MagnetLotReceived(lot, "SUP-1", part, "45SH", 100, null, List.of(), at)));
        eventStore.publish(new GenericDomainEventMessage<>("MagnetLot", lot, 1,
                new LotHeld(lot, HoldCategory.NONCONFORMANCE, "HcJ below limit", "qe.anna", at)));
    }

    private static JsonNode delivered(ApiClient api, String subscription) {
        return api.get("/api/subscriptions/" + subscription + "/deliveries?status=DELIVERED", OEM).body();
    }

    private static void awaitAtHead(ApiClient api) throws Exception {
        eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(
                api.get("/api/admin/processors/" + GROUP, ADMIN).body().path("lag").asLong()).isZero());
    }
}
