package org.specloop.loop.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON the loop writes into its own tables and reads back (requirements, spec content, proposal
 * evidence). Text the loop wrote that it cannot write or read is a defect, never bad input, so
 * Jackson's checked exception becomes an IllegalStateException naming the type.
 */
public final class Json {
    private Json() {
    }

    static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(ObjectMapper json, String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable JSON", e);
        }
    }

    /** For the read API, which hands stored documents on as they are. */
    public static JsonNode tree(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document is not readable JSON", e);
        }
    }
}
