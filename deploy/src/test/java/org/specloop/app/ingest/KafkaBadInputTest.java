package org.specloop.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.specloop.app.badinput.JsonEdits;
import org.specloop.contracts.ingest.IngestTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka half of the bad-input corpus (src/test/resources/bad-input/kafka/cases.json) on the real
 * broker: every bad record of every ingest topic lands on the dead-letter topic unchanged with a reason
 * header naming what was wrong, and nothing reaches the event store or the rig state.
 */
class KafkaBadInputTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int MAX_RECORD_BYTES = 65536;

    private record Bad(String topic, String name, byte[] value, String reason) {
    }

    @Test
    void everyBadRecordIsDeadLetteredWithItsReasonAndNothingIsStored() {
        KafkaTestBroker kafka = KafkaTestBroker.require();
        Map<String, String> topics = Map.of("lot-receipts", kafka.lots, "lab-measurements", kafka.lab,
                "rig-runs", kafka.runs, "rig-samples", kafka.samples);
        List<Bad> corpus = corpus();
        List<String> properties = new ArrayList<>(List.of(kafka.properties()));
        properties.add("specloop.ingest.kafka.max-record-bytes=" + MAX_RECORD_BYTES);
        try (IngestApp app = new IngestApp("kafka-bad-" + UUID.randomUUID(), properties.toArray(String[]::new))) {
            long events = count(app, "domain_event_entry");
            long runs = count(app, "ingest_rig_run");
            for (Bad bad : corpus) {
                kafka.sendBytes(topics.get(bad.topic()), "corpus", Collections.singletonList(bad.value()));
            }

            List<ConsumerRecord<String, String>> dead = kafka.deadLetters(corpus.size(), WAIT);
            assertThat(dead).as("dead letters").hasSize(corpus.size());
            for (Bad bad : corpus) {
                String topic = topics.get(bad.topic());
                ConsumerRecord<String, String> letter = dead.stream()
                        .filter(d -> topic.equals(KafkaTestBroker.header(d, IngestTopics.HEADER_DLQ_SOURCE_TOPIC)))
                        .filter(d -> bad.value() == null ? d.value() == null : d.value() != null
                                && Arrays.equals(d.value().getBytes(StandardCharsets.UTF_8),
                                new String(bad.value(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)))
                        .findFirst().orElseThrow(() -> new AssertionError(bad.topic() + ": " + bad.name() + " was not dead-lettered"));
                String reason = KafkaTestBroker.header(letter, IngestTopics.HEADER_DLQ_REASON);
                assertThat(reason).as(bad.topic() + ": " + bad.name()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
                if (bad.reason() != null) {
                    assertThat(reason).as(bad.topic() + ": " + bad.name()).contains(bad.reason());
                }
            }
            assertThat(count(app, "domain_event_entry")).as("events stored from bad records").isEqualTo(events);
            assertThat(count(app, "ingest_rig_run")).as("rig runs started by bad records").isEqualTo(runs);
            assertThat(count(app, "dead_letter_entry")).as("events parked by a processing group").isZero();
        }
    }

    private static long count(IngestApp app, String table) {
        Long n = app.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private static List<Bad> corpus() {
        JsonNode file = JsonEdits.load("/bad-input/kafka/cases.json");
        Map<String, JsonNode> valid = new LinkedHashMap<>();
        file.path("valid").fields().forEachRemaining(v -> valid.put(v.getKey(), v.getValue()));
        List<Bad> bad = new ArrayList<>();
        for (JsonNode c : file.path("everyTopic")) {
            for (Map.Entry<String, JsonNode> topic : valid.entrySet()) {
                byte[] value = c.path("tombstone").asBoolean() ? null
                        : c.has("valueBase64") ? Base64.getDecoder().decode(c.path("valueBase64").asText())
                        : c.has("value") ? utf8(c.path("value").asText())
                        : utf8(JsonEdits.transform(topic.getValue(), c.path("transform").asText(), MAX_RECORD_BYTES));
                bad.add(new Bad(topic.getKey(), c.path("name").asText(), value, c.path("reason").asText(null)));
            }
        }
        for (JsonNode c : file.path("topicCases")) {
            String topic = c.path("topic").asText();
            bad.add(new Bad(topic, c.path("name").asText(),
                    utf8(JsonEdits.patch(valid.get(topic), c.path("set"), c.path("remove"), c.path("raw"))),
                    c.path("reason").asText(null)));
        }
        return bad;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
