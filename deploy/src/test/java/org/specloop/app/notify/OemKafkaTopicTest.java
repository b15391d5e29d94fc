package org.specloop.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.TestUsers;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka notifications against the real broker named by SPECLOOP_KAFKA_BOOTSTRAP_SERVERS (skipped without
 * one, failed under CI=true): an OEM cannot name SpecLoop's own topics or another OEM's, and what it is
 * sent arrives on the topic the server names for its account, with the public reason only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.delivery.poll-interval=200ms",
        "specloop.notify.public-base-url=http://specloop.test"})
@ActiveProfiles("test")
class OemKafkaTopicTest {
    private static final String BROKERS = System.getenv("SPECLOOP_KAFKA_BOOTSTRAP_SERVERS");
    /** SpecLoop's own topics (deploy/compose/docker-compose.yml). */
    private static final List<String> OWN_TOPICS = List.of("specloop.rig.samples", "specloop.rig.runs",
            "specloop.lots.receipts", "specloop.lab.measurements", "specloop.dead-letter");
    private static final String ACME_TOPIC = "specloop.oem.oem.acme.notifications";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper json;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

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

    @Test
    void own_topics_and_other_oems_topics_are_refused() {
        List<String> refused = new ArrayList<>(OWN_TOPICS);
        refused.add("specloop.oem.oem.globex.notifications");
        refused.add(ACME_TOPIC + ".x");
        for (String topic : refused) {
            ResponseEntity<JsonNode> answer = call(TestUsers.OEM, HttpMethod.POST, "/api/subscriptions", """
                    {"channel": {"kind": "KAFKA", "topic": "%s"}}""".formatted(topic));
            assertThat(answer.getStatusCode()).as(topic).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(answer.getBody().path("type").asText()).isEqualTo("urn:specloop:problem:topic-not-allowed");
        }
        // nor may another OEM write into acme's
        ResponseEntity<JsonNode> globex = call(TestUsers.OTHER_OEM, HttpMethod.POST, "/api/subscriptions", """
                {"channel": {"kind": "KAFKA", "topic": "%s"}}""".formatted(ACME_TOPIC));
        assertThat(globex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        for (JsonNode subscription : call(TestUsers.OEM, HttpMethod.GET, "/api/subscriptions", null).getBody()) {
            assertThat(subscription.path("channel").path("topic").asText()).isEqualTo(ACME_TOPIC);
        }
    }

    @Test
    void a_held_lot_arrives_on_the_topic_named_for_the_account_and_nowhere_else() throws Exception {
        String part = "P-KT-" + run;
        String lot = "LOT-KT-" + run;
        assertThat(call(TestUsers.ADMIN, HttpMethod.POST, "/api/admin/oem-grants/" + TestUsers.OEM.username, """
                {"partNumbers": ["%s"], "reason": "Kafka tenancy test"}""".formatted(part)).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> created = call(TestUsers.OEM, HttpMethod.POST, "/api/subscriptions", """
                {"partNumbers": ["%s"], "channel": {"kind": "KAFKA"}}""".formatted(part));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("channel").path("topic").asText()).isEqualTo(ACME_TOPIC);

        eventStore.publish(new GenericDomainEventMessage<>("MagnetLot", lot, 0,
                new MagnetLotReceived(lot, "SUP-1", part, "45SH", 100, null, List.of(), Instant.parse("2026-03-01T07:00:00Z"))));
        assertThat(call(TestUsers.CAROL, HttpMethod.POST, "/api/lots/" + lot + "/hold", """
                {"reason": "SUP-1 audit: porosity", "publicReason": "Held for a supplier audit"}""").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        List<ConsumerRecord<String, String>> mine = read(List.of(ACME_TOPIC), lot, Duration.ofSeconds(60), 1);
        assertThat(mine).hasSize(1);
        JsonNode event = json.readTree(mine.get(0).value());
        assertThat(event.path("type").asText()).isEqualTo("org.specloop.lot.held.v1");
        assertThat(event.path("data").path("reason").asText()).isEqualTo("Held for a supplier audit");
        assertThat(mine.get(0).value()).doesNotContain("porosity");
        // nothing about the lot went to SpecLoop's own topics or to the other OEM's
        List<String> elsewhere = new ArrayList<>(OWN_TOPICS);
        elsewhere.add("specloop.oem.oem.globex.notifications");
        assertThat(read(elsewhere, lot, Duration.ofSeconds(5), Integer.MAX_VALUE)).isEmpty();
    }

    /** Records from the start of the topics whose key or value names the lot, until enough are found or time is up. */
    private static List<ConsumerRecord<String, String>> read(List<String> topics, String lot, Duration timeout, int enough) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKERS,
                ConsumerConfig.GROUP_ID_CONFIG, "oem-topic-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(topics);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < enough && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (lot.equals(record.key()) || (record.value() != null && record.value().contains(lot))) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private ResponseEntity<JsonNode> call(TestUsers user, HttpMethod method, String path, String body) {
        HttpHeaders headers = user.basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
