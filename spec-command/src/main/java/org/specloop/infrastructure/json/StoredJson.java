package org.specloop.infrastructure.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON that this module keeps in its own tables (the handler-private tables of the policies, the rig
 * run state). Only this code writes it, so a value that cannot be written or read back is a bug or a
 * damaged row, never bad input: it fails loudly as an IllegalStateException that says what was being
 * stored, and the handler or consumer that hit it retries or stops instead of going on without it.
 * Input from clients is read elsewhere and refused with its reason.
 */
public final class StoredJson {

    private StoredJson() {
    }

    /** @param what names the value for the message, e.g. "characteristic limits" */
    public static String write(ObjectMapper mapper, Object value, String what) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + what + " as JSON", e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String json, Class<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String json, TypeReference<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        }
    }

    private static IllegalStateException unreadable(String what, JsonProcessingException e) {
        return new IllegalStateException("cannot read " + what + " from JSON: " + e.getOriginalMessage(), e);
    }
}
