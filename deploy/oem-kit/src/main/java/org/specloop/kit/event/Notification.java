package org.specloop.kit.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * One SpecLoop notification: a CloudEvents 1.0 event in the JSON format (docs/notifications.md, "The
 * message"), the same bytes on both channels, read with the CloudEvents Java SDK (its JSON format, and its
 * Kafka and HTTP bindings in the consumers). {@link #parse} and {@link #read} refuse anything that is not one: a
 * receiver acts only on events it can identify (id), attribute to SpecLoop (source, type) and order (subject).
 *
 * @param id       unique per notification and subscription, the same on every redelivery: the deduplication key
 * @param source   {@code urn:specloop:<kind>}
 * @param type     e.g. {@code org.specloop.spec.revision.approved.v1}
 * @param subject  the object the notification is about; Kafka records are keyed by it
 * @param time     when the domain event happened
 * @param severity INFO, WARNING or CRITICAL (a SpecLoop extension attribute)
 * @param data     the payload, as the JSON Schema named by {@code dataschema} describes it
 * @param json     the whole event as received
 * @param event    the event as the SDK read it, for everything else (dataschema, the traceparent extension, ...)
 */
public record Notification(String id, String source, String type, String subject, OffsetDateTime time, String severity,
                           JsonNode data, String json, CloudEvent event) {
    /** The structured-mode media type; SpecLoop sends it with a charset parameter. */
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    private static final EventFormat FORMAT = new JsonFormat();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown for bytes that are not a SpecLoop CloudEvent; the message says what is wrong. */
    public static final class NotANotification extends Exception {
        public NotANotification(String message) {
            super(message);
        }
    }

    /** A structured-mode CloudEvent in the JSON format, as the bytes alone (what a webhook body or record value is). */
    public static Notification parse(byte[] body) throws NotANotification {
        CloudEvent event;
        try {
            event = FORMAT.deserialize(body);
        } catch (RuntimeException e) { // the SDK's EventDeserializationException, or a JSON value of the wrong type
            throw new NotANotification("not a CloudEvent in the JSON format: " + reason(e));
        }
        return of(event, body);
    }

    /**
     * What one of the SDK's bindings read from a message (KafkaMessageFactory.createReader,
     * HttpMessageFactory.createReader): only structured mode is SpecLoop's, so a binary-mode message is refused.
     */
    public static Notification read(MessageReader message, byte[] body) throws NotANotification {
        if (message.getEncoding() != Encoding.STRUCTURED) {
            throw new NotANotification("not a structured-mode CloudEvent (content type " + CONTENT_TYPE + ")");
        }
        CloudEvent event;
        try {
            event = message.toEvent();
        } catch (RuntimeException e) {
            throw new NotANotification("not a CloudEvent in the JSON format: " + reason(e));
        }
        return of(event, body);
    }

    private static Notification of(CloudEvent event, byte[] body) throws NotANotification {
        if (event.getSpecVersion() != SpecVersion.V1) {
            throw new NotANotification("specversion is not 1.0");
        }
        String id = required("id", event.getId());
        String source = required("source", event.getSource() == null ? null : event.getSource().toString());
        String type = required("type", event.getType());
        if (!source.startsWith("urn:specloop:") || !type.startsWith("org.specloop.")) {
            throw new NotANotification("not a SpecLoop event: source " + source + ", type " + type);
        }
        Object severity = event.getExtension("severity");
        return new Notification(id, source, type, event.getSubject(), event.getTime(),
                severity == null ? null : severity.toString(), data(event.getData()),
                new String(body, StandardCharsets.UTF_8), event);
    }

    private static JsonNode data(CloudEventData data) throws NotANotification {
        if (data == null) {
            return MissingNode.getInstance();
        }
        if (data instanceof JsonCloudEventData json) {
            return json.getNode();
        }
        try {
            return JSON.readTree(data.toBytes());
        } catch (IOException e) {
            throw new NotANotification("data is not JSON");
        }
    }

    private static String required(String attribute, String value) throws NotANotification {
        if (value == null || value.isEmpty()) {
            throw new NotANotification("the required attribute " + attribute + " is missing");
        }
        return value;
    }

    /** The innermost message: the SDK wraps Jackson's, which says what was wrong and where. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
