package org.specloop.notify.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.junit.jupiter.api.Test;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.Severity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The envelope the CloudEvents SDK writes carries what receivers relied on in the one SpecLoop wrote by hand before:
 * the same attribute names and values and the very bytes of the data; only the order of the attributes and the
 * digits of a time's fraction of a second may differ, which a JSON and RFC 3339 parser does not see.
 */
class CloudEventsTest {
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private final ObjectMapper json = new ObjectMapper();
    private final CloudEvents cloudEvents = new CloudEvents(json, "http://specloop.test");
    private final Map<String, Object> data = data();
    private final Notification notification = new Notification("org.specloop.lot.held.v1", "urn:specloop:lot", "LOT-7",
            Severity.CRITICAL, true, "P-ACME", "SPEC-1", Instant.parse("2026-03-01T08:00:00.120Z"), data);

    private static Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lotId", "LOT-7");
        data.put("reason", "Bürstenfeuer \"quoted\" \u2028 line");
        data.put("quantity", 5000);
        data.put("hcjMin", new BigDecimal("1.50"));
        data.put("limits", List.of(Map.of("characteristic", "BR", "min", 1.33)));
        return data;
    }

    /** The envelope as SpecLoop rendered it by hand before the SDK. */
    private Map<String, Object> handWritten(String id, String traceparent) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", notification.source());
        event.put("type", notification.type());
        event.put("subject", notification.subject());
        event.put("time", notification.time().toString());
        event.put("datacontenttype", "application/json");
        event.put("dataschema", "http://specloop.test/api/schemas/notifications/org.specloop.lot.held.v1.json");
        event.put("partitionkey", notification.subject());
        event.put("severity", notification.severity().name());
        if (traceparent != null) {
            event.put("traceparent", traceparent);
        }
        event.put("data", notification.data());
        return event;
    }

    @Test
    void the_sdk_envelope_has_the_attributes_and_values_of_the_hand_written_one() throws Exception {
        for (String traceparent : new String[] {TRACEPARENT, null}) {
            JsonNode sdk = json.readTree(cloudEvents.render("E-1_S-1", notification, traceparent));
            JsonNode before = json.readTree(json.writeValueAsString(handWritten("E-1_S-1", traceparent)));

            assertThat(names(sdk)).containsExactlyInAnyOrderElementsOf(names(before));
            // the same instant; the SDK writes the fraction with as few digits as it needs (.12, before .120)
            assertThat(Instant.parse(sdk.path("time").asText())).isEqualTo(notification.time());
            JsonNode sdkOtherwise = ((ObjectNode) sdk.deepCopy()).without("time");
            JsonNode beforeOtherwise = ((ObjectNode) before.deepCopy()).without("time");
            assertThat(sdkOtherwise).isEqualTo(beforeOtherwise);
        }
    }

    @Test
    void the_data_is_the_bytes_the_application_mapper_writes() throws Exception {
        String body = cloudEvents.render("E-1_S-1", notification, null);

        assertThat(body).contains("\"data\":" + json.writeValueAsString(data));
        assertThat(body).endsWith("\"data\":" + json.writeValueAsString(data) + "}");
    }

    @Test
    void the_sdk_json_format_reads_the_rendered_event_back() {
        byte[] body = cloudEvents.render("E-1_S-1", notification, TRACEPARENT).getBytes(StandardCharsets.UTF_8);

        CloudEvent event = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE).deserialize(body);

        assertThat(event.getId()).isEqualTo("E-1_S-1");
        assertThat(event.getSubject()).isEqualTo("LOT-7");
        assertThat(event.getTime().toInstant()).isEqualTo(notification.time());
        assertThat(event.getExtension("partitionkey")).isEqualTo("LOT-7");
        assertThat(event.getExtension("severity")).isEqualTo("CRITICAL");
        assertThat(event.getExtension("traceparent")).isEqualTo(TRACEPARENT);
    }

    @Test
    void the_structured_content_types_keep_their_charset_and_resolve_to_the_sdk_json_format() {
        assertThat(StructuredJsonFormat.KAFKA.serializedContentType()).isEqualTo("application/cloudevents+json; charset=UTF-8");
        assertThat(StructuredJsonFormat.HTTP.serializedContentType()).isEqualTo("application/cloudevents+json; charset=utf-8");
        assertThat(EventFormatProvider.getInstance().resolveFormat(StructuredJsonFormat.KAFKA.serializedContentType()))
                .isInstanceOf(JsonFormat.class);
        assertThat(EventFormatProvider.getInstance().resolveFormat(StructuredJsonFormat.HTTP.serializedContentType()))
                .isInstanceOf(JsonFormat.class);
    }

    @Test
    void a_base_url_that_cannot_prefix_a_dataschema_fails_at_construction() {
        assertThatThrownBy(() -> new CloudEvents(json, "http://specloop test")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
