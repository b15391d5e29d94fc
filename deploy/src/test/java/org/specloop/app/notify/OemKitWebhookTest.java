package org.specloop.app.notify;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.client.model.ChannelRequest;
import org.specloop.client.model.DeliveryView;
import org.specloop.client.model.SubscriptionView;
import org.specloop.kit.dedup.SeenIds;
import org.specloop.kit.event.Notification;
import org.specloop.kit.webhook.StandardWebhookVerifier;
import org.specloop.kit.webhook.WebhookReceiver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OEM kit's webhook receiver (deploy/oem-kit) against a running SpecLoop, set up as docs/notifications.md
 * tells an OEM: it subscribes through the API with its own whsec_ secret, a specification revision is
 * approved, and the receiver verifies, deduplicates and processes what SpecLoop sends. The OEM's processing
 * of the first notification outlasts SpecLoop's request timeout (an acknowledgement lost on the way), so
 * SpecLoop sends it again: processed once. A recorded delivery sent again is acknowledged and not processed
 * again; the same delivery with one byte changed is refused with 401. Between SpecLoop and the receiver sits
 * a recording relay, as a load balancer would, so that the test can replay exactly what SpecLoop sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.webhook.allowed-hosts=127.0.0.1",
        "specloop.notify.webhook.request-timeout=1s",
        "specloop.notify.delivery.poll-interval=200ms",
        "specloop.notify.delivery.retry-schedule=500ms,500ms,500ms,500ms,500ms",
        "specloop.notify.delivery.full-jitter=false",
        "specloop.notify.kafka.bootstrap-servers="})
@ActiveProfiles("test")
class OemKitWebhookTest {
    private record Delivery(Map<String, String> headers, byte[] body, int status) {
    }

    @LocalServerPort
    int port;

    private final String secret = "whsec_" + Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    private final List<Notification> processed = new CopyOnWriteArrayList<>();
    private final AtomicBoolean slowOnce = new AtomicBoolean(true);
    private final AtomicBoolean slowFinished = new AtomicBoolean();
    private final AtomicReference<String> slowId = new AtomicReference<>();
    private final List<Delivery> relayed = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookReceiver receiver;
    private HttpServer relay;

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.stop(0);
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void theKitVerifiesDeduplicatesAndProcessesEachNotificationOnce() throws Exception {
        receiver = new WebhookReceiver(new InetSocketAddress("127.0.0.1", 0), "/specloop",
                new StandardWebhookVerifier(List.of(secret), Duration.ofMinutes(5), Clock.systemUTC()),
                new SeenIds(10_000), notification -> {
                    boolean slow = slowOnce.getAndSet(false);
                    if (slow) {
                        slowId.set(notification.id());
                        Thread.sleep(2_500); // longer than SpecLoop's request timeout: it will send this again
                    }
                    processed.add(notification);
                    if (slow) {
                        slowFinished.set(true);
                    }
                }).start();
        relay = startRelay();
        OemKitScenario scenario = new OemKitScenario(port);
        SubscriptionView subscription = scenario.grantAndSubscribe(new ChannelRequest().kind("WEBHOOK")
                .url("http://127.0.0.1:" + relay.getAddress().getPort() + "/specloop").secrets(List.of(secret)));

        scenario.approveTheFirstRevision();

        Eventually.eventually(Duration.ofSeconds(60), Duration.ofMillis(200), () -> {
            assertThat(slowFinished).isTrue();
            assertThat(scenario.oem().listDeliveries(subscription.getId(), "DELIVERED", 100)).hasSize(2);
        });
        // SpecLoop sent the slow first notification again (after its request timeout) ...
        Eventually.eventually(Duration.ofSeconds(10), Duration.ofMillis(100), () -> assertThat(relayed.stream()
                .filter(d -> slowId.get().equals(d.headers().get("webhook-id")))).hasSizeGreaterThan(1));
        // ... and the kit processed every notification once
        assertThat(processed).extracting(Notification::type).containsExactlyElementsOf(OemKitScenario.TYPES);
        assertThat(processed).extracting(Notification::subject).containsOnly(scenario.specification);
        assertThat(processed).extracting(n -> n.data().path("specificationId").asText()).containsOnly(scenario.specification);
        assertThat(processed).extracting(Notification::id).doesNotHaveDuplicates();
        assertThat(receiver.duplicates()).isPositive();
        assertThat(receiver.processed()).isEqualTo(2);
        List<DeliveryView> deliveries = scenario.oem().listDeliveries(subscription.getId(), "DELIVERED", 100);
        assertThat(deliveries).as("SpecLoop counted its attempts").anySatisfy(d -> assertThat(d.getAttempts()).isGreaterThan(1));

        // a delivery SpecLoop made, sent again as it was: acknowledged, not processed again
        Delivery recorded = relayed.stream().filter(d -> d.status() == 204).findFirst().orElseThrow();
        long duplicatesBefore = receiver.duplicates();
        assertThat(send(recorded.headers(), recorded.body())).isEqualTo(204);
        assertThat(receiver.duplicates()).isEqualTo(duplicatesBefore + 1);

        // the same delivery with one byte of its body changed: refused, not processed
        byte[] tampered = recorded.body().clone();
        int at = new String(tampered, java.nio.charset.StandardCharsets.UTF_8).indexOf(scenario.specification);
        tampered[at] = (byte) 'X';
        assertThat(send(recorded.headers(), tampered)).isEqualTo(401);
        assertThat(receiver.refused()).isEqualTo(1);
        assertThat(processed).hasSize(2);
        assertThat(receiver.processed()).isEqualTo(2);
    }

    /** Forwards every request to the kit's receiver unchanged and records it with the answer. */
    private HttpServer startRelay() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/specloop", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (String name : List.of("content-type", "webhook-id", "webhook-timestamp", "webhook-signature")) {
                    headers.put(name, exchange.getRequestHeaders().getFirst(name));
                }
                int status = send(headers, body);
                relayed.add(new Delivery(headers, body, status));
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private int send(Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.port() + "/specloop"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
