package org.specloop.kit.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One SpecLoop notification: a CloudEvents 1.0 event in the JSON format (docs/notifications.md, "The
 * message"), the same bytes on both channels. {@link #parse} refuses anything that is not one: a receiver
 * acts only on events it can identify (id), attribute to SpecLoop (source, type) and order (subject).
 *
 * @param id       unique per notification and subscription, the same on every redelivery: the deduplication key
 * @param source   {@code urn:specloop:<kind>}
 * @param type     e.g. {@code org.specloop.spec.revision.approved.v1}
 * @param subject  the object the notification is about; Kafka records are keyed by it
 * @param time     when the domain event happened (RFC 3339)
 * @param severity INFO, WARNING or CRITICAL (a SpecLoop extension attribute)
 * @param data     the payload, as the JSON Schema named by {@code dataschema} describes it
 * @param json     the whole event as received
 */
public record Notification(String id, String source, String type, String subject, String time, String severity,
                           JsonNode data, String json) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown for bytes that are not a SpecLoop CloudEvent; the message says what is wrong. */
    public static final class NotANotification extends Exception {
        public NotANotification(String message) {
            super(message);
        }
    }

    public static Notification parse(byte[] body) throws NotANotification {
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new NotANotification("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotANotification("unreadable: " + e.getMessage());
        }
        if (event == null || !event.isObject()) {
            throw new NotANotification("not a JSON object");
        }
        if (!"1.0".equals(event.path("specversion").asText())) {
            throw new NotANotification("specversion is not 1.0");
        }
        String id = required(event, "id");
        String source = required(event, "source");
        String type = required(event, "type");
        if (!source.startsWith("urn:specloop:") || !type.startsWith("org.specloop.")) {
            throw new NotANotification("not a SpecLoop event: source " + source + ", type " + type);
        }
        return new Notification(id, source, type, event.path("subject").asText(null), event.path("time").asText(null),
                event.path("severity").asText(null), event.path("data"), new String(body, StandardCharsets.UTF_8));
    }

    private static String required(JsonNode event, String attribute) throws NotANotification {
        JsonNode value = event.get(attribute);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new NotANotification("the required attribute " + attribute + " is missing");
        }
        return value.asText();
    }
}
