package org.specloop.notify.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.core.provider.ExtensionProvider;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.notify.Events;
import org.specloop.notify.NotifyFixture;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OEM consumer that reads its topic with the CloudEvents SDK's own Kafka binding gets structured-mode
 * CloudEvents with every attribute and extension of the contract, keyed by subject, with the content-type
 * header receivers have always been sent. Needs the broker named by SPECLOOP_KAFKA_BOOTSTRAP_SERVERS.
 */
class KafkaCloudEventSdkTest {
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private final String bootstrap = KafkaBrokers.sharedBootstrapServers();
    private final NotifyFixture notify = new NotifyFixture(Collections.nCopies(8, Duration.ofSeconds(5)), bootstrap);
    private final String account = "acme-" + UUID.randomUUID();
    private final String topic = notify.kafka.topics().topicOf(account).orElseThrow();

    @AfterEach
    void close() {
        notify.close();
    }

    @Test
    void the_sdk_kafka_binding_reads_delivered_records_with_all_attributes_and_extensions() {
        Subscription acme = notify.subscribe(account, Set.of("P-ACME"), Channel.kafka(topic));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.clock.advance(Duration.ofMillis(120));
        notify.publish(Events.lotHeld("LOT-1"), UUID.randomUUID().toString(), Map.of("traceparent", TRACEPARENT));
        notify.publish(Events.lotReleased("LOT-1"));

        int delivered = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (delivered < 2 && System.nanoTime() < deadline) {
            delivered += notify.worker.runOnce();
            notify.clock.advance(Duration.ofMinutes(10));
        }
        assertThat(delivered).isEqualTo(2);
        List<OutboxRow> rows = notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10);

        List<ConsumerRecord<String, byte[]>> records = read(2);
        assertThat(records).hasSize(2);
        List<CloudEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json; charset=UTF-8");
            MessageReader reader = KafkaMessageFactory.createReader(record);
            assertThat(reader.getEncoding()).isEqualTo(Encoding.STRUCTURED);
            CloudEvent event = reader.toEvent();
            assertThat(record.key()).isEqualTo(event.getSubject()).isEqualTo("LOT-1");
            assertThat(event.getExtension("partitionkey")).isEqualTo(record.key());
            // the value is exactly what the outbox keeps (and the delivery API shows)
            OutboxRow row = rows.stream().filter(r -> r.id().equals(event.getId())).findFirst().orElseThrow();
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(row.body());
            events.add(event);
        }

        CloudEvent held = events.get(0);
        assertThat(held.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(held.getSource()).isEqualTo(URI.create("urn:specloop:lot"));
        assertThat(held.getType()).isEqualTo("org.specloop.lot.held.v1");
        assertThat(held.getTime().toInstant()).isEqualTo(NotifyFixture.START.plusMillis(120));
        assertThat(held.getDataContentType()).isEqualTo("application/json");
        assertThat(held.getDataSchema())
                .isEqualTo(URI.create("http://specloop.test/api/schemas/notifications/org.specloop.lot.held.v1.json"));
        assertThat(held.getExtensionNames()).containsExactlyInAnyOrder("partitionkey", "severity", "traceparent");
        assertThat(held.getExtension("severity")).isEqualTo("CRITICAL");
        assertThat(ExtensionProvider.getInstance().parseExtension(DistributedTracingExtension.class, held).getTraceparent())
                .isEqualTo(TRACEPARENT).isEqualTo(header(records.get(0), "traceparent"));
        assertThat(((JsonCloudEventData) held.getData()).getNode().path("state").asText()).isEqualTo("HELD");

        CloudEvent released = events.get(1);
        assertThat(released.getType()).isEqualTo("org.specloop.lot.released.v1");
        assertThat(released.getExtensionNames()).containsExactlyInAnyOrder("partitionkey", "severity");
        assertThat(header(records.get(1), "traceparent")).isNull();
    }

    private List<ConsumerRecord<String, byte[]>> read(int expected) {
        List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "notify-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(received::add);
            }
        }
        return received;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
