package org.specloop.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published contract against the code: the AsyncAPI document parses and every $ref in it (and in
 * the schemas it reaches) resolves, and a notification of each type, made by the real pipeline from
 * domain events, validates against the envelope schema and its type's data schema.
 */
class AsyncApiContractTest {
    private static final String DOCUMENT = "asyncapi/specloop-notifications.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> samples = new ArrayList<>();

    @BeforeAll
    static void produceOneNotificationOfEachType() throws Exception {
        try (NotifyFixture notify = new NotifyFixture(List.of(), "")) {
            Channel hook = Channel.webhook("http://127.0.0.1:1/hook", List.of(WebhookSignature.newSecret()));
            Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
            notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
            notify.publish(Events.revisionApproved("SPEC-A", 1));
            notify.publish(Events.revisionEffective("SPEC-A", "P-ACME", 1, null, 1512.0));
            notify.publish(Events.revisionEffective("SPEC-A", "P-ACME", 2, 1, 1592.0));
            notify.publish(Events.changeRaised("EC-1", "SPEC-A"));
            notify.publish(Events.changeApproved("EC-1"));
            notify.publish(Events.changeRaised("EC-2", "SPEC-A"));
            notify.publish(Events.changeRejected("EC-2"));
            notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
            notify.publish(Events.lotHeld("LOT-1"));
            notify.publish(Events.lotReleased("LOT-1"));
            notify.publish(Events.lotReceived("LOT-2", "P-ACME"));
            notify.publish(Events.lotRejected("LOT-2"));
            notify.publish(Events.sourceQualified("SEP-9", "SPEC-A", "EC-1"));
            notify.publish(Events.revisionQualifying("SPEC-A", "P-ACME", 3, Events.separator("SEP-1")));
            notify.publish(Events.certificateExpiring("SEP-1"));
            notify.publish(Events.certificateExpired("SEP-1"));
            for (OutboxRow row : notify.outbox.ofSubscription(acme.id(), null, 100)) {
                samples.add(JSON.readTree(row.body()));
            }
        }
    }

    @AfterAll
    static void clear() {
        samples.clear();
    }

    @Test
    void the_document_is_asyncapi_3_with_a_message_per_type_and_channel() throws IOException {
        JsonNode doc = yaml(DOCUMENT);

        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> names = new ArrayList<>();
        doc.path("components").path("messages").forEach(message -> names.add(message.path("name").asText()));
        assertThat(names).hasSize(NotificationTypes.ALL.size() * 2);
        for (String type : NotificationTypes.ALL) {
            assertThat(names.stream().filter(type::equals)).as("Kafka and webhook message of " + type).hasSize(2);
        }
        assertThat(doc.path("components").path("messageTraits").path("standardWebhook").path("headers").path("required"))
                .extracting(JsonNode::asText).contains("webhook-id", "webhook-timestamp", "webhook-signature");
    }

    @Test
    void every_ref_resolves() throws IOException {
        Map<String, JsonNode> files = new HashMap<>();
        List<String> queue = new ArrayList<>(List.of(DOCUMENT));
        int refs = 0;
        while (!queue.isEmpty()) {
            String file = queue.remove(0);
            if (files.containsKey(file)) {
                continue;
            }
            JsonNode doc = file.endsWith(".yaml") ? yaml(file) : json(file);
            files.put(file, doc);
            for (String ref : refs(doc, new ArrayList<>())) {
                refs++;
                String target = ref.startsWith("#") ? file : URI.create(file).resolve(ref.split("#")[0]).toString();
                String pointer = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
                JsonNode targetDoc = target.equals(file) ? doc : (target.endsWith(".yaml") ? yaml(target) : json(target));
                assertThat(targetDoc.at(pointer).isMissingNode()).as("%s in %s", ref, file).isFalse();
                queue.add(target);
            }
        }
        assertThat(refs).isGreaterThan(50);
        assertThat(files).containsKey("schemas/notifications/cloudevent.json");
    }

    @Test
    void a_notification_of_each_type_validates_against_its_schemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema envelope = registry.getSchema(json("schemas/notifications/cloudevent.json"));
        List<String> types = new ArrayList<>();
        for (JsonNode sample : samples) {
            String type = sample.path("type").asText();
            types.add(type);
            Schema data = registry.getSchema(json("schemas/notifications/" + type + ".json"));
            List<Error> errors = new ArrayList<>(envelope.validate(sample));
            errors.addAll(data.validate(sample.path("data")));
            assertThat(errors).as("%s: %s", type, sample).isEmpty();
            assertThat(sample.path("dataschema").asText()).endsWith("/api/schemas/notifications/" + type + ".json");
        }
        assertThat(types).containsAll(NotificationTypes.ALL);
    }

    @Test
    void a_schema_refuses_data_that_breaks_it() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema held = registry.getSchema(json("schemas/notifications/" + NotificationTypes.LOT_HELD + ".json"));

        assertThat(held.validate(JSON.readTree("{\"lotId\": \"L\", \"state\": \"HELD\", \"extra\": 1}"))).isNotEmpty();
    }

    private static List<String> refs(JsonNode node, List<String> found) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref")) {
                    found.add(field.getValue().asText());
                } else {
                    refs(field.getValue(), found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> refs(child, found));
        }
        return found;
    }

    private static JsonNode yaml(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return new YAMLMapper().readTree(in);
        }
    }

    private static JsonNode json(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = AsyncApiContractTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as("classpath resource " + path).isNotNull();
        return in;
    }
}
