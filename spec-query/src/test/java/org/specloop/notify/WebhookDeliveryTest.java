package org.specloop.notify;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.notify.delivery.OutboxGauges;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook delivery against a real local HTTP receiver; retry hours pass on a hand-moved clock. */
class WebhookDeliveryTest {
    private final NotifyFixture notify = new NotifyFixture(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), "");
    private final WebhookReceiver receiver;
    private final String secret = WebhookSignature.newSecret();
    private final Subscription acme;

    WebhookDeliveryTest() throws Exception {
        receiver = new WebhookReceiver();
        acme = notify.subscribe("acme", Set.of("P-ACME"), Channel.webhook(receiver.url(), List.of(secret)));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
    }

    @AfterEach
    void close() {
        receiver.close();
        notify.close();
    }

    private OutboxRow only() {
        return notify.outbox.ofSubscription(acme.id(), null, 10).get(0);
    }

    @Test
    void delivers_a_signed_structured_cloud_event() throws Exception {
        notify.publish(Events.lotHeld("LOT-1"));

        assertThat(notify.worker.runOnce()).isEqualTo(1);

        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(request.header("Content-Type")).startsWith("application/cloudevents+json");
        assertThat(request.header("webhook-id")).isEqualTo(only().id());
        assertThat(WebhookSignature.verify(List.of(secret), request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"), notify.clock.instant(), Duration.ofMinutes(5))).isTrue();
        JsonNode event = notify.db.json.readTree(request.body());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("id").asText()).isEqualTo(request.header("webhook-id"));
        assertThat(only().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(notify.meters.get("notify.delivery.latency").tag("channel", "webhook").timer().count()).isEqualTo(1);
    }

    @Test
    void a_failure_is_retried_with_the_same_webhook_id_and_later_events_wait_for_it() {
        notify.publish(Events.lotHeld("LOT-1"));
        notify.publish(Events.lotReleased("LOT-1"));
        receiver.answer(500);

        assertThat(notify.worker.runOnce()).isZero();
        OutboxRow held = notify.outbox.ofSubscription(acme.id(), null, 10).get(1);
        assertThat(held.lastStatus()).isEqualTo(500);
        assertThat(held.nextAttemptAt()).isEqualTo(notify.clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(notify.worker.runOnce()).isZero();
        notify.clock.advance(Duration.ofMinutes(1));

        assertThat(notify.worker.runOnce()).isEqualTo(2);
        assertThat(receiver.received()).extracting(r -> r.header("webhook-id"))
                .containsExactly(held.id(), held.id(), notify.outbox.ofSubscription(acme.id(), null, 10).get(0).id());
        assertThat(receiver.received().get(2).body()).contains("org.specloop.lot.released.v1");
    }

    @Test
    void gone_disables_the_endpoint_until_the_oem_enables_it() {
        notify.publish(Events.lotHeld("LOT-1"));
        receiver.answer(410);

        notify.worker.runOnce();
        notify.clock.advance(Duration.ofHours(1));
        notify.worker.runOnce();

        assertThat(receiver.received()).hasSize(1);
        assertThat(notify.subscriptions.find(acme.id()).orElseThrow().endpointEnabled()).isFalse();
        notify.subscriptions.enableEndpoint(acme.id());
        assertThat(notify.worker.runOnce()).isEqualTo(1);
    }

    @Test
    void too_many_requests_waits_as_long_as_retry_after_says() {
        notify.publish(Events.lotHeld("LOT-1"));
        receiver.answer(429, Map.of("Retry-After", "120"));

        notify.worker.runOnce();
        notify.clock.advance(Duration.ofSeconds(119));
        assertThat(notify.worker.runOnce()).isZero();
        notify.clock.advance(Duration.ofSeconds(1));

        assertThat(notify.worker.runOnce()).isEqualTo(1);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void after_the_last_attempt_a_dead_letter_lets_the_next_event_pass_and_can_be_replayed() {
        notify.publish(Events.lotHeld("LOT-1"));
        notify.publish(Events.lotReleased("LOT-1"));
        receiver.answer(500).answer(500).answer(503);

        notify.worker.runOnce();
        notify.clock.advance(Duration.ofMinutes(1));
        notify.worker.runOnce();
        notify.clock.advance(Duration.ofMinutes(10));
        assertThat(notify.worker.runOnce()).isEqualTo(1);

        OutboxRow dead = notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DEAD, 10).get(0);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastStatus()).isEqualTo(503);
        assertThat(notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10)).hasSize(1);
        assertThat(notify.meters.get("notify.delivery.dead.letters").tag("channel", "webhook").counter().count()).isEqualTo(1);
        new OutboxGauges(notify.outbox, notify.clock, Duration.ZERO).bindTo(notify.meters);
        assertThat(outboxRows("dead")).isEqualTo(1);

        assertThat(notify.outbox.replay(acme.id(), dead.id(), notify.clock.instant())).isTrue();
        assertThat(outboxRows("dead")).isZero();
        assertThat(outboxRows("pending")).isEqualTo(1);
        assertThat(notify.worker.runOnce()).isEqualTo(1);
        assertThat(outboxRows("pending")).isZero();
        assertThat(receiver.received().get(receiver.received().size() - 1).header("webhook-id")).isEqualTo(dead.id());
    }

    @Test
    void an_endpoint_that_now_resolves_to_a_private_address_is_not_called() {
        Subscription internal = notify.subscribe("acme", Set.of("P-ACME"),
                Channel.webhook("http://10.1.2.3/hook", List.of(secret)));
        notify.publish(Events.lotHeld("LOT-1"));

        notify.worker.runOnce();

        OutboxRow row = notify.outbox.ofSubscription(internal.id(), null, 10).get(0);
        assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(row.lastError()).contains("private");
    }

    private double outboxRows(String status) {
        return notify.meters.get("notify.outbox.rows").tag("channel", "webhook").tag("status", status).gauge().value();
    }
}
