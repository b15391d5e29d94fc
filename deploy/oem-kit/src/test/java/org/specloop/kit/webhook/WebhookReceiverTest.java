package org.specloop.kit.webhook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.kit.dedup.SeenIds;
import org.specloop.kit.event.Notification;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The receiver's answers, each of which tells SpecLoop whether to send again (docs/notifications.md). */
class WebhookReceiverTest {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "evt-1_sub-1";
    static final String EVENT = """
            {"specversion":"1.0","id":"%s","source":"urn:specloop:lot","type":"org.specloop.lot.held.v1","subject":"LOT-1","data":{}}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Notification> handled = new CopyOnWriteArrayList<>();
    private WebhookReceiver receiver;

    @AfterEach
    void stop() {
        receiver.close();
    }

    private void start(org.specloop.kit.event.NotificationHandler handler) throws Exception {
        receiver = new WebhookReceiver(new InetSocketAddress("127.0.0.1", 0), "/specloop",
                new StandardWebhookVerifier(List.of(SECRET), Duration.ofMinutes(5), Clock.systemUTC()), new SeenIds(100),
                handler).start();
    }

    private HttpResponse<Void> post(String id, byte[] body) throws Exception {
        return post(id, body, "application/cloudevents+json; charset=utf-8");
    }

    private HttpResponse<Void> post(String id, byte[] body, String contentType) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.port() + "/specloop"))
                .header("Content-Type", contentType)
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", StandardWebhookVerifier.sign(SECRET, id, now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static byte[] event(String id) {
        return EVENT.formatted(id).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNotificationIsProcessedOnceAndEveryRedeliveryAcknowledged() throws Exception {
        start(handled::add);
        assertThat(post(ID, event(ID)).statusCode()).isEqualTo(204);
        assertThat(post(ID, event(ID)).statusCode()).isEqualTo(204);
        assertThat(handled).extracting(Notification::id).containsExactly(ID);
        assertThat(receiver.processed()).isEqualTo(1);
        assertThat(receiver.duplicates()).isEqualTo(1);
    }

    @Test
    void aHandlerFailureAnswers500AndTheNextDeliveryIsProcessed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(notification -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            handled.add(notification);
        });
        assertThat(post(ID, event(ID)).statusCode()).isEqualTo(500);
        assertThat(post(ID, event(ID)).statusCode()).isEqualTo(204);
        assertThat(handled).hasSize(1);
    }

    @Test
    void aDeliveryWhileTheSameIdIsBeingProcessedIsAskedToComeBack() throws Exception {
        CountDownLatch inHandler = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(notification -> {
            inHandler.countDown();
            release.await(10, TimeUnit.SECONDS);
            handled.add(notification);
        });
        var first = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.port() + "/specloop"))
                .header("Content-Type", "application/cloudevents+json; charset=utf-8").header("webhook-id", ID).header("webhook-timestamp", Long.toString(System.currentTimeMillis() / 1000))
                .header("webhook-signature", StandardWebhookVerifier.sign(SECRET, ID, System.currentTimeMillis() / 1000, event(ID)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(event(ID))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();
        HttpResponse<Void> second = post(ID, event(ID));
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).contains("5");
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
        assertThat(handled).hasSize(1);
    }

    @Test
    void whatIsNotAGenuineNotificationIsRefused() throws Exception {
        start(handled::add);
        assertThat(post(ID, "{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)).statusCode())
                .as("signed, but no CloudEvent").isEqualTo(400);
        assertThat(post("other-id", event(ID)).statusCode()).as("CloudEvent id is not the webhook-id").isEqualTo(400);
        assertThat(post(ID, event(ID), "application/json").statusCode()).as("signed, but not structured mode").isEqualTo(415);
        assertThat(post(ID, new byte[WebhookReceiver.MAX_BODY + 1]).statusCode()).isEqualTo(413);
        HttpResponse<Void> unsigned = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.port()
                + "/specloop")).POST(HttpRequest.BodyPublishers.ofByteArray(event(ID))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        HttpResponse<Void> get = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.port()
                + "/specloop")).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(handled).isEmpty();
        assertThat(receiver.refused()).isEqualTo(6);
    }
}
