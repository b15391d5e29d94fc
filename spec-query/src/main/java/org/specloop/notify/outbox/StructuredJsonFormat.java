package org.specloop.notify.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.format.EventSerializationException;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.rw.CloudEventDataMapper;

import java.util.Set;

/**
 * The SDK's JSON event format (io.cloudevents.jackson.JsonFormat) announced with the charset parameter that
 * SpecLoop's receivers have always been sent and the AsyncAPI contract fixes: the SDK's bindings put
 * {@link #serializedContentType()} into the Kafka content-type header and the HTTP Content-Type header, and its
 * own value has no parameter. Serialization and parsing are the SDK's, unchanged; its readers resolve the format
 * from the media type alone, so they read both forms.
 */
public final class StructuredJsonFormat implements EventFormat {
    /** The Kafka record header content-type. */
    public static final StructuredJsonFormat KAFKA = new StructuredJsonFormat(JsonFormat.CONTENT_TYPE + "; charset=UTF-8");
    /** The webhook request header Content-Type. */
    public static final StructuredJsonFormat HTTP = new StructuredJsonFormat(JsonFormat.CONTENT_TYPE + "; charset=utf-8");

    private static final JsonFormat JSON = new JsonFormat();
    private final String contentType;

    private StructuredJsonFormat(String contentType) {
        this.contentType = contentType;
    }

    @Override
    public byte[] serialize(CloudEvent event) throws EventSerializationException {
        return JSON.serialize(event);
    }

    @Override
    public CloudEvent deserialize(byte[] bytes, CloudEventDataMapper<? extends CloudEventData> mapper)
            throws EventDeserializationException {
        return JSON.deserialize(bytes, mapper);
    }

    @Override
    public Set<String> deserializableContentTypes() {
        return JSON.deserializableContentTypes();
    }

    @Override
    public String serializedContentType() {
        return contentType;
    }
}
