package org.specloop.notify.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.readside.shared.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a notification as a CloudEvents 1.0 JSON event (structured mode). The same bytes go to
 * webhooks and Kafka, so a receiver parses one format whatever the channel. partitionkey (the
 * Partitioning extension) is the subject, which is also the Kafka record key; severity is our own extension;
 * traceparent (the Distributed Tracing extension) the W3C trace of the request behind the event, if any.
 */
public final class CloudEvents {
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    private final ObjectMapper json;
    private final String baseUrl;

    public CloudEvents(ObjectMapper json, String baseUrl) {
        this.json = json;
        this.baseUrl = baseUrl;
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
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", notification.source());
        event.put("type", notification.type());
        event.put("subject", notification.subject());
        event.put("time", notification.time().toString());
        event.put("datacontenttype", "application/json");
        event.put("dataschema", baseUrl + NotificationTypes.schemaPath(notification.type()));
        event.put("partitionkey", notification.subject());
        event.put("severity", notification.severity().name());
        if (traceparent != null) {
            event.put("traceparent", traceparent);
        }
        event.put("data", notification.data());
        return Json.write(json, event);
    }
}
