package org.specloop.notify;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.cloudevents.core.provider.ExtensionProvider;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonCloudEventData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receiver that reads SpecLoop's webhooks with the CloudEvents SDK's own HTTP binding, as an integrator using
 * the SDK would: the request is a structured-mode CloudEvent with every attribute and extension of the contract.
 */
class WebhookCloudEventSdkTest {
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private final NotifyFixture notify = new NotifyFixture(List.of(Duration.ofMinutes(1)), "");
    private final WebhookReceiver receiver;
    private final String secret = WebhookSignature.newSecret();
    private final Subscription acme;

    WebhookCloudEventSdkTest() throws Exception {
        receiver = new WebhookReceiver();
        acme = notify.subscribe("acme", Set.of("P-ACME"), Channel.webhook(receiver.url(), List.of(secret)));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
    }

    @AfterEach
    void close() {
        receiver.close();
        notify.close();
    }

    @Test
    void the_sdk_http_binding_reads_a_delivered_webhook_with_all_attributes_and_extensions() {
        // a time with a fraction of a second, as Axon's event timestamps have
        notify.clock.advance(Duration.ofMillis(120));
        notify.publish(Events.lotHeld("LOT-1"), UUID.randomUUID().toString(), Map.of("traceparent", TRACEPARENT));

        assertThat(notify.worker.runOnce()).isEqualTo(1);

        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(request.header("Content-Type")).isEqualTo("application/cloudevents+json; charset=utf-8");
        CloudEvent event = HttpMessageFactory.createReader(request.headers(), request.body().getBytes(StandardCharsets.UTF_8))
                .toEvent();
        String rowId = notify.outbox.ofSubscription(acme.id(), null, 10).get(0).id();
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).isEqualTo(rowId).isEqualTo(request.header("webhook-id"));
        assertThat(event.getSource()).isEqualTo(URI.create("urn:specloop:lot"));
        assertThat(event.getType()).isEqualTo("org.specloop.lot.held.v1");
        assertThat(event.getSubject()).isEqualTo("LOT-1");
        assertThat(event.getTime().toInstant()).isEqualTo(NotifyFixture.START.plusMillis(120));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getDataSchema())
                .isEqualTo(URI.create("http://specloop.test/api/schemas/notifications/org.specloop.lot.held.v1.json"));
        assertThat(event.getExtensionNames()).containsExactlyInAnyOrder("partitionkey", "severity", "traceparent");
        assertThat(event.getExtension("partitionkey")).isEqualTo("LOT-1");
        assertThat(event.getExtension("severity")).isEqualTo("CRITICAL");
        assertThat(ExtensionProvider.getInstance().parseExtension(DistributedTracingExtension.class, event).getTraceparent())
                .isEqualTo(TRACEPARENT).isEqualTo(request.header("traceparent"));
        assertThat(event.getData()).isInstanceOf(JsonCloudEventData.class);
        var data = ((JsonCloudEventData) event.getData()).getNode();
        assertThat(data.path("lotId").asText()).isEqualTo("LOT-1");
        assertThat(data.path("partNumber").asText()).isEqualTo("P-ACME");
        assertThat(data.path("state").asText()).isEqualTo("HELD");
        // the signature covers the very bytes the SDK's reader parsed
        assertThat(WebhookSignature.verify(List.of(secret), request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"), notify.clock.instant(), Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void an_event_without_a_trace_has_no_traceparent_extension() {
        notify.publish(Events.lotReleased("LOT-1"));

        assertThat(notify.worker.runOnce()).isEqualTo(1);

        WebhookReceiver.Received request = receiver.received().get(0);
        CloudEvent event = HttpMessageFactory.createReader(request.headers(), request.body().getBytes(StandardCharsets.UTF_8))
                .toEvent();
        assertThat(event.getExtensionNames()).containsExactlyInAnyOrder("partitionkey", "severity");
        assertThat(event.getExtension("severity")).isEqualTo("INFO");
        assertThat(request.header("traceparent")).isNull();
    }
}
