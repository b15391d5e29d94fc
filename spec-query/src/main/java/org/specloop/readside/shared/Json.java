package org.specloop.readside.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON that the application writes itself (columns, messages, chart data) and reads back. Such
 * text that cannot be written or read is a defect, not bad input (input is checked at the edge),
 * so Jackson's checked exception becomes an IllegalStateException; the message names the type
 * and never the text, which may hold webhook secrets. Null stays null: the columns are nullable.
 */
public final class Json {
    private Json() {
    }

    public static String write(ObjectMapper json, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(ObjectMapper json, String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw unreadable(type.getSimpleName(), e);
        }
    }

    public static <T> T read(ObjectMapper json, String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw unreadable(type.getType().getTypeName(), e);
        }
    }

    private static IllegalStateException unreadable(String type, JsonProcessingException e) {
        return new IllegalStateException("stored JSON is not a readable " + type, e);
    }
}
