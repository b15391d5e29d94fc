package org.specloop.notify.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.cloudevents.jackson.JsonFormat;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.NotificationTypes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * Builds a notification as a CloudEvents 1.0 event with the CloudEvents Java SDK and writes it in the SDK's JSON
 * event format (structured mode). The outbox keeps these bytes, and every attempt on either channel sends exactly
 * them through the SDK's Kafka or HTTP binding, so a receiver parses one format whatever the channel and a retry
 * is byte-identical to the first attempt. partitionkey (the Partitioning extension) is the subject, which is also
 * the Kafka record key; severity is our own extension; traceparent (the Distributed Tracing extension) the W3C
 * trace of the request behind the event, if any.
 */
public final class CloudEvents {
    /** The structured-mode media type, without parameters (the headers carry a charset: {@link StructuredJsonFormat}). */
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    /** The Partitioning extension of CloudEvents 1.0. */
    public static final String PARTITION_KEY = "partitionkey";
    public static final String SEVERITY = "severity";
    public static final String TRACEPARENT = DistributedTracingExtension.TRACEPARENT;
    private static final String DATA_CONTENT_TYPE = "application/json";
    private static final JsonFormat FORMAT = new JsonFormat();

    private final ObjectMapper json;
    private final String baseUrl;

    /** @throws IllegalArgumentException when baseUrl cannot prefix a dataschema URI: found at start-up, not per event */
    public CloudEvents(ObjectMapper json, String baseUrl) {
        this.json = json;
        this.baseUrl = baseUrl;
        URI.create(baseUrl + NotificationTypes.schemaPath("org.specloop.check.v1"));
    }

    /** The Axon event id plus the subscription id: the same on every retry and replay, so receivers can dedupe. */
    public static String id(String eventId, String subscriptionId) {
        return eventId + "_" + subscriptionId;
    }

    public String render(String id, Notification notification) {
        return render(id, notification, null);
    }

    /** traceparent, when known, goes in as the Distributed Tracing extension of CloudEvents 1.0. */
    public String render(String id, Notification notification, String traceparent) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(notification.source()))
                .withType(notification.type())
                .withSubject(notification.subject())
                .withTime(notification.time().atOffset(ZoneOffset.UTC))
                // data as the application's own mapper writes it: the SDK inserts JSON data verbatim
                .withData(DATA_CONTENT_TYPE, URI.create(baseUrl + NotificationTypes.schemaPath(notification.type())),
                        data(notification))
                .withExtension(PARTITION_KEY, notification.subject())
                .withExtension(SEVERITY, notification.severity().name());
        if (traceparent != null) {
            event.withExtension(TRACEPARENT, traceparent);
        }
        return new String(FORMAT.serialize(event.build()), StandardCharsets.UTF_8);
    }

    private byte[] data(Notification notification) {
        try {
            return json.writeValueAsBytes(notification.data());
        } catch (JsonProcessingException e) {
            // the message names the type and never the data (Json.write does the same)
            throw new IllegalStateException("cannot write the data of " + notification.type() + " as JSON", e);
        }
    }
}
