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
import org.specloop.contracts.source.SourceCertificateExpiring;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.contracts.units.Characteristic;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * notify-outbox may be replayed: the replay rebuilds its lookup of parts per lot, spec and change, and of the
 * sources each spec qualifies, and queues nothing, not even for a subscription made after the events it replays
 * (a hold and a certificate warning); a new event afterwards is delivered once to every subscription that follows
 * its part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.webhook.allowed-hosts=127.0.0.1",
        "specloop.notify.delivery.poll-interval=200ms"})
@ActiveProfiles("test")
class NotifyOutboxReplayTest {
    private static final String GROUP = "notify-outbox";
    private static final String ADMIN = TestUsers.ADMIN.username;
    private static final String OEM = TestUsers.OEM.username;
    private static final List<String> TABLES = List.of("notify_lot", "notify_specification", "notify_change",
            "notify_qualified_source", "notify_disqualified_source", "notify_outbox");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String part = "P-RPN-" + tag;
    /** The part of the spec qualifying a source: its sourcing rules are not to judge the lots of the other part. */
    private final String sourcedPart = "P-RPN-SRC-" + tag;
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
                {"partNumbers": ["%s", "%s"], "reason": "replay test"}""".formatted(part, sourcedPart)).status()).isEqualTo(200);
        String before = subscribe(api, "first");
        held("LOT-RPN-1-" + tag, 0);
        certificateWarned();
        // the hold, the spec's revision and the certificate warning
        eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(first).hasSize(3));
        assertThat(first).anyMatch(body -> body.contains("org.specloop.source.certificate.expiring.v1")
                && body.contains("SEP-RPN-" + tag));
        // made after the event: a replay that queued would send it the past
        String after = subscribe(api, "second");

        awaitAtHead(api);
        assertThat(delivered(api, before)).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notify_qualified_source WHERE source_id = ?", Long.class,
                "SEP-RPN-" + tag)).isOne();
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
        assertThat(first).hasSize(3);
        assertThat(second).isEmpty();
        assertThat(delivered(api, after)).isEmpty();

        // live again: a new hold reaches both subscriptions, once each
        String next = "LOT-RPN-2-" + tag;
        held(next, 1);
        eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> {
            assertThat(first).hasSize(4);
            assertThat(second).hasSize(1);
        });
        Thread.sleep(1000);
        assertThat(first).hasSize(4);
        assertThat(first.get(3)).contains(next);
        assertThat(second).singleElement().asString().contains(next);
        assertThat(delivered(api, before)).hasSize(4);
        assertThat(delivered(api, after)).hasSize(1);
    }

    private String subscribe(ApiClient api, String path) {
        ApiClient.Response created = api.post("/api/subscriptions", OEM, """
                {"partNumbers": ["%s", "%s"], "channel": {"kind": "WEBHOOK", "url": "http://127.0.0.1:%d/%s", "secrets": ["%s"]}}
                """.formatted(part, sourcedPart, receiver.getAddress().getPort(), path, WebhookSignature.newSecret()));
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

    /** A spec qualifying a separator, whose RMAP the source then warns of. */
    private void certificateWarned() throws Exception {
        String spec = "SPEC-RPN-" + tag;
        String source = "SEP-RPN-" + tag;
        eventStore.publish(new GenericDomainEventMessage<>("Specification", spec, 0,
                new SpecificationCreated(spec, sourcedPart, "45SH", "replay", "qe.anna")));
        eventStore.publish(new GenericDomainEventMessage<>("Specification", spec, 1,
                new RevisionBecameEffective(spec, sourcedPart, "45SH", 1, Instant.parse("2026-03-01T06:00:00Z"), null,
                        new RevisionContent(List.of(new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20.0,
                                "IEC 60404-8-1")), List.of(), new SourcingRules(
                                List.of(new QualifiedSource(Tier.SEPARATOR, source)), List.of(), null), 150.0))));
        // events of different aggregates may be handled on different segments: the warning comes once the
        // qualification is known, as it does days after it in practice
        eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM notify_qualified_source WHERE source_id = ?", Long.class, source)).isOne());
        eventStore.publish(new GenericDomainEventMessage<>("SupplySource", source, 0,
                new SourceCertificateExpiring(source, Tier.SEPARATOR, "RMI RMAP", "R-" + source,
                        LocalDate.parse("2026-03-31"), 30, 30, LocalDate.parse("2026-03-01"))));
    }

    private static JsonNode delivered(ApiClient api, String subscription) {
        return api.get("/api/subscriptions/" + subscription + "/deliveries?status=DELIVERED", OEM).body();
    }

    private static void awaitAtHead(ApiClient api) throws Exception {
        eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(
                api.get("/api/admin/processors/" + GROUP, ADMIN).body().path("lag").asLong()).isZero());
    }
}
