package org.specloop.app.notify;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.client.model.ChannelRequest;
import org.specloop.client.model.SubscriptionView;
import org.specloop.kit.dedup.SeenIds;
import org.specloop.kit.event.Notification;
import org.specloop.kit.kafka.KafkaNotificationConsumer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OEM kit's Kafka consumer (deploy/oem-kit) against a running SpecLoop and the real broker named by
 * SPECLOOP_KAFKA_BOOTSTRAP_SERVERS (skipped without one, failed under CI=true): the OEM subscribes through the
 * API, a specification revision is approved, and the consumer reads its account's topic, checks each record
 * and processes each notification once. Records written to the topic a second time (as a producer retry or a
 * re-read after a rebalance would present them) are counted once; a record whose key is not its subject is
 * refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.delivery.poll-interval=200ms"})
@ActiveProfiles("test")
class OemKitKafkaTest {
    private static final String BROKERS = System.getenv("SPECLOOP_KAFKA_BOOTSTRAP_SERVERS");
    private static final String ACME_TOPIC = "specloop.oem.oem.acme.notifications";

    @LocalServerPort
    int port;

    private final List<Notification> processed = new CopyOnWriteArrayList<>();
    private KafkaNotificationConsumer consumer;

    @DynamicPropertySource
    static void brokers(DynamicPropertyRegistry registry) {
        registry.add("specloop.notify.kafka.bootstrap-servers", () -> BROKERS == null ? "" : BROKERS);
    }

    @BeforeEach
    void needsABroker() {
        if (BROKERS == null || BROKERS.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("SPECLOOP_KAFKA_BOOTSTRAP_SERVERS is required under CI=true");
            }
            Assumptions.abort("SPECLOOP_KAFKA_BOOTSTRAP_SERVERS is not set; start a broker with deploy/kafka/start");
        }
    }

    @AfterEach
    void close() {
        if (consumer != null) {
            consumer.close();
        }
    }

    @Test
    void theKitReadsTheAccountsTopicAndProcessesEachNotificationOnce() throws Exception {
        OemKitScenario scenario = new OemKitScenario(port);
        SubscriptionView subscription = scenario.grantAndSubscribe(new ChannelRequest().kind("KAFKA"));
        assertThat(subscription.getChannel().getTopic()).isEqualTo(ACME_TOPIC);
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKERS);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "oem-kit-test-" + UUID.randomUUID());
        consumer = new KafkaNotificationConsumer(settings, ACME_TOPIC, new SeenIds(100_000), notification -> {
            if (scenario.specification.equals(notification.subject())) {
                processed.add(notification);
            }
        });

        scenario.approveTheFirstRevision();

        pollUntil(() -> processed.size() >= 2, Duration.ofSeconds(60));
        assertThat(processed).extracting(Notification::type).containsExactlyElementsOf(OemKitScenario.TYPES);
        assertThat(processed).extracting(Notification::id).doesNotHaveDuplicates();

        // the same records once more: read, recognised by their CloudEvent id, not processed again
        long duplicatesBefore = consumer.duplicates();
        long refusedBefore = consumer.refused();
        List<RecordMetadata> written = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKERS, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (Notification notification : processed) {
                written.add(producer.send(record(notification.subject(), notification)).get());
            }
            // a record whose key is not its subject: not what SpecLoop writes, refused
            written.add(producer.send(record("LOT-SOMETHING-ELSE", processed.get(0))).get());
        }
        pollUntil(() -> written.stream().allMatch(w -> consumer.position(w.topic(), w.partition()) > w.offset()),
                Duration.ofSeconds(30));
        // at least: records of earlier runs on other partitions may be counted in the same polls
        assertThat(consumer.duplicates()).isGreaterThanOrEqualTo(duplicatesBefore + 2);
        assertThat(consumer.refused()).isGreaterThanOrEqualTo(refusedBefore + 1);
        assertThat(processed).hasSize(2);
    }

    private static ProducerRecord<String, byte[]> record(String key, Notification notification) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ACME_TOPIC, key,
                notification.json().getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void pollUntil(BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out polling " + ACME_TOPIC).isLessThan(deadline);
            consumer.pollOnce(Duration.ofMillis(500));
        }
    }
}
