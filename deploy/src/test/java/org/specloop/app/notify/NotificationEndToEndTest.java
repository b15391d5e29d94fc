package org.specloop.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.notify.WebhookSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path in the running application: a subscription made over HTTP, domain events appended
 * to the event store, the notify-outbox processor queueing them, and the delivery worker posting a
 * signed CloudEvent to a local receiver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.webhook.allowed-hosts=127.0.0.1",
        "specloop.notify.delivery.poll-interval=200ms",
        "specloop.notify.public-base-url=http://specloop.test"})
@ActiveProfiles("test")
class NotificationEndToEndTest {
    private record Received(Map<String, String> headers, String body) {
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ObjectMapper json;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer receiver = startReceiver();

    private HttpServer startReceiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                received.add(new Received(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
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
    void a_held_lot_reaches_the_subscribed_oem_as_a_signed_cloud_event() throws Exception {
        String secret = WebhookSignature.newSecret();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpHeaders admin = TestUsers.ADMIN.basic();
        admin.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/admin/oem-grants/" + TestUsers.OEM.username, HttpMethod.POST, new HttpEntity<>("""
                {"partNumbers": ["P-E2E"], "reason": "end-to-end test"}""", admin), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> created = http.exchange("/api/subscriptions", HttpMethod.POST, request("acme", """
                {"partNumbers": ["P-E2E"], "channel": {"kind": "WEBHOOK", "url": "%s", "secrets": ["%s"]}}
                """.formatted(url, secret)), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String subscriptionId = created.getBody().path("id").asText();

        Instant at = Instant.parse("2026-03-01T07:00:00Z");
        eventStore.publish(new GenericDomainEventMessage<>("MagnetLot", "LOT-E2E", 0,
                new MagnetLotReceived("LOT-E2E", "SUP-1", "P-E2E", "45SH", 100, null, List.of(), at)));
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        eventStore.publish(new GenericDomainEventMessage<>("MagnetLot", "LOT-E2E", 1,
                new LotHeld("LOT-E2E", HoldCategory.NONCONFORMANCE, "HcJ below limit", "qe.anna", at),
                MetaData.with("traceparent", traceparent)));

        eventually(Duration.ofSeconds(30), () -> assertThat(received).isNotEmpty());
        Received hook = received.get(0);
        assertThat(WebhookSignature.verify(List.of(secret), hook.headers().get("webhook-id"),
                hook.headers().get("webhook-timestamp"), hook.body(), hook.headers().get("webhook-signature"),
                Instant.now(), Duration.ofMinutes(5))).isTrue();
        JsonNode event = json.readTree(hook.body());
        assertThat(event.path("type").asText()).isEqualTo("org.specloop.lot.held.v1");
        assertThat(event.path("data").path("partNumber").asText()).isEqualTo("P-E2E");
        // the trace of the request behind the event goes on to the OEM: header and CloudEvents extension
        assertThat(hook.headers().get("traceparent")).isEqualTo(traceparent);
        assertThat(event.path("traceparent").asText()).isEqualTo(traceparent);

        eventually(Duration.ofSeconds(10), () -> assertThat(http.exchange(
                "/api/subscriptions/" + subscriptionId + "/deliveries?status=DELIVERED", HttpMethod.GET,
                request("acme", null), JsonNode.class).getBody()).hasSize(1));
        assertThat(http.exchange("/api/subscriptions/" + subscriptionId, HttpMethod.GET, request("globex", null), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(meters.get("notify.delivery.latency").tag("channel", "webhook").timer().count()).isEqualTo(1);
        assertThat(http.getForEntity("/api/asyncapi/specloop-notifications", String.class).getBody()).contains("asyncapi: 3.0.0");
    }

    private static void eventually(Duration timeout, Eventually.Check assertion) throws Exception {
        Eventually.eventually(timeout, Duration.ofMillis(100), assertion);
    }

    private static HttpEntity<String> request(String oem, String body) {
        HttpHeaders headers = ("acme".equals(oem) ? TestUsers.OEM : TestUsers.OTHER_OEM).basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
