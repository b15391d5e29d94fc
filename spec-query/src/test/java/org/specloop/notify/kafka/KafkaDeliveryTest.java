package org.specloop.notify.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.notify.Events;
import org.specloop.notify.NotifyFixture;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka delivery against the real broker named by SPECLOOP_KAFKA_BOOTSTRAP_SERVERS (see KafkaBrokers). */
class KafkaDeliveryTest {
    private final String bootstrap = KafkaBrokers.sharedBootstrapServers();
    private final NotifyFixture notify = new NotifyFixture(Collections.nCopies(8, Duration.ofSeconds(5)), bootstrap);
    /** Accounts of their own per run: the shared broker keeps the topics the server names for them. */
    private final String acmeAccount = "acme-" + UUID.randomUUID();
    private final String globexAccount = "globex-" + UUID.randomUUID();
    private final String topic = notify.kafka.topics().topicOf(acmeAccount).orElseThrow();

    @AfterEach
    void close() {
        notify.close();
    }

    @Test
    void notifications_arrive_as_structured_cloud_events_keyed_by_subject_in_order() throws Exception {
        Subscription acme = notify.subscribe(acmeAccount, Set.of("P-ACME"), Channel.kafka(topic));
        // globex's stored channel names acme's topic, as a subscription made before topics were server-named could:
        // the sender writes to globex's own topic all the same
        Subscription globex = notify.subscribe(globexAccount, Set.of("P-GLOBEX"), Channel.kafka(topic));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.publish(Events.lotReceived("LOT-2", "P-ACME"));
        notify.publish(Events.lotReceived("LOT-9", "P-GLOBEX"));
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        for (String lot : List.of("LOT-1", "LOT-2", "LOT-9")) {
            notify.publish(Events.lotHeld(lot), java.util.UUID.randomUUID().toString(), Map.of("traceparent", traceparent));
            notify.publish(Events.lotReleased(lot));
        }

        // a topic's first send waits for its metadata and creation; a round that times out is retried later
        int delivered = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (delivered < 6 && System.nanoTime() < deadline) {
            delivered += notify.worker.runOnce();
            notify.clock.advance(Duration.ofMinutes(10));
        }
        assertThat(delivered).isEqualTo(6);

        List<OutboxRow> rows = new ArrayList<>(notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10));
        assertThat(rows).hasSize(4);
        List<TopicReader.Received> received = TopicReader.read(bootstrap, topic, 4, Duration.ofSeconds(30));
        assertThat(received).hasSize(4);
        List<String> ids = new ArrayList<>();
        for (TopicReader.Received record : received) {
            JsonNode event = notify.db.json.readTree(record.value());
            ids.add(event.path("id").asText());
            assertThat(record.key()).isEqualTo(event.path("subject").asText()).isEqualTo(event.path("partitionkey").asText());
            assertThat(record.contentType()).startsWith("application/cloudevents+json");
            boolean held = record.value().contains("lot.held");
            // the held events carried a trace: it reaches the OEM as a header and as the CloudEvents extension
            assertThat(record.traceparent()).isEqualTo(held ? traceparent : null);
            assertThat(event.path("traceparent").asText(null)).isEqualTo(held ? traceparent : null);
            assertThat(event.path("data").path("partNumber").asText()).isEqualTo("P-ACME");
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(rows.stream().map(OutboxRow::id).toList());
        for (String lot : List.of("LOT-1", "LOT-2")) {
            assertThat(received.stream().filter(r -> r.key().equals(lot)).map(r -> r.value().contains("lot.held") ? "held" : "released"))
                    .containsExactly("held", "released");
        }
        assertThat(notify.outbox.ofSubscription(globex.id(), DeliveryStatus.DELIVERED, 10)).hasSize(2);
        String globexTopic = notify.kafka.topics().topicOf(globexAccount).orElseThrow();
        assertThat(TopicReader.read(bootstrap, globexTopic, 2, Duration.ofSeconds(30)))
                .hasSize(2).allSatisfy(record -> assertThat(record.value()).contains("P-GLOBEX"));
        assertThat(notify.meters.get("notify.delivery.latency").tag("channel", "kafka").timer().count()).isEqualTo(6);
    }
}
