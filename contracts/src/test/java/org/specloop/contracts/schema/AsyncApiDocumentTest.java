package org.specloop.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.ingest.IngestEndpoints;
import org.specloop.contracts.ingest.IngestTopics;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document is what rig and lab integrators read; it must agree with the code and the schemas. */
class AsyncApiDocumentTest {

    private static JsonNode doc;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = Objects.requireNonNull(AsyncApiDocumentTest.class.getClassLoader()
                .getResourceAsStream("asyncapi/specloop-ingest.yaml"))) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void isAnAsyncApi3DocumentWithLocalAndProductionServers() {
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.at("/servers/local/host").asText()).isEqualTo("127.0.0.1:9092");
        assertThat(doc.at("/servers/local/protocol").asText()).isEqualTo("kafka");
        assertThat(doc.at("/servers/production/host").asText()).isEqualTo("{bootstrap}");
        assertThat(doc.at("/servers/production/variables/bootstrap/default").isTextual()).isTrue();
    }

    @Test
    void everyRefExistsOnTheClasspath() {
        assertThat(References.all(doc)).anyMatch(ref -> ref.startsWith("../schemas/"));
        assertThat(References.broken(doc, "asyncapi")).isEmpty();
    }

    @Test
    void everyTopicHasAChannelWithItsKafkaTopic() {
        List<String> addresses = new ArrayList<>();
        doc.path("channels").forEach(channel -> {
            addresses.add(channel.path("address").asText());
            assertThat(channel.at("/bindings/kafka/topic").asText()).isEqualTo(channel.path("address").asText());
        });

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(IngestTopics.ALL);
    }

    @Test
    void everyIngestChannelNamesItsNdjsonEndpoint() {
        for (Map.Entry<String, String> topic : IngestEndpoints.BY_TOPIC.entrySet()) {
            JsonNode http = channelAt(topic.getKey()).path("x-specloop-http-ingest");

            assertThat(http.path("path").asText()).as(topic.getKey()).isEqualTo(topic.getValue());
            assertThat(http.path("contentType").asText()).isEqualTo(IngestEndpoints.NDJSON_MEDIA_TYPE);
        }
    }

    @Test
    void everyMessageDocumentsItsKeyAndJsonSchemaPayload() {
        doc.at("/components/messages").properties().forEach(message -> {
            JsonNode key = resolve(message.getValue().at("/bindings/kafka/key"));
            assertThat(key.path("description").asText()).as(message.getKey()).isNotBlank();
            if (!message.getKey().equals("DeadLetter")) {
                assertThat(message.getValue().at("/payload/schemaFormat").asText())
                        .isEqualTo("application/schema+json;version=draft-2020-12");
                assertThat(message.getValue().at("/payload/schema/$ref").asText()).startsWith("../schemas/");
            }
        });
    }

    @Test
    void keysAreRunIdForRigTopicsAndLotIdForLotTopics() {
        assertThat(keyOf(IngestTopics.RIG_RUNS)).isEqualTo("#/components/schemas/RunIdKey");
        assertThat(keyOf(IngestTopics.RIG_SAMPLES)).isEqualTo("#/components/schemas/RunIdKey");
        assertThat(keyOf(IngestTopics.LOT_RECEIPTS)).isEqualTo("#/components/schemas/LotIdKey");
        assertThat(keyOf(IngestTopics.LAB_MEASUREMENTS)).isEqualTo("#/components/schemas/LotIdKey");
    }

    @Test
    void deadLetterHeadersAreTheOnesInIngestTopics() {
        String headersRef = doc.at("/components/messages/DeadLetter/headers/schema/$ref").asText();
        JsonNode headers = ContractJson.tree("schemas/" + headersRef.substring(headersRef.lastIndexOf('/') + 1));

        List<String> required = new ArrayList<>();
        headers.path("required").forEach(h -> required.add(h.asText()));
        assertThat(required).containsExactlyElementsOf(IngestTopics.DEAD_LETTER_HEADERS);
    }

    @Test
    void specLoopReceivesEveryIngestTopicAndSendsDeadLetters() {
        Map<String, String> actions = new java.util.HashMap<>();
        doc.path("operations").forEach(op -> actions.put(
                resolve(op.path("channel")).path("address").asText(), op.path("action").asText()));

        assertThat(actions).containsEntry(IngestTopics.DEAD_LETTER, "send");
        IngestEndpoints.BY_TOPIC.keySet().forEach(topic -> assertThat(actions).containsEntry(topic, "receive"));
    }

    @Test
    void embeddedExampleMatchesItsSchema() {
        JsonNode example = doc.at("/components/messages/RunStarted/examples/0/payload");

        assertThat(ContractSchemas.validate("run-started", example)).isEmpty();
    }

    private static String keyOf(String topic) {
        JsonNode messages = channelAt(topic).path("messages");
        List<String> keys = new ArrayList<>();
        messages.forEach(m -> keys.add(resolve(m).at("/bindings/kafka/key/$ref").asText()));
        assertThat(keys).hasSizeGreaterThan(0).containsOnly(keys.get(0));
        return keys.get(0);
    }

    private static JsonNode channelAt(String topic) {
        for (JsonNode channel : doc.path("channels")) {
            if (channel.path("address").asText().equals(topic)) {
                return channel;
            }
        }
        throw new AssertionError("no channel for " + topic);
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? resolve(doc.at(ref.substring(1))) : node;
    }
}
