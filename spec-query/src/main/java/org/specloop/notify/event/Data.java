package org.specloop.notify.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds CloudEvent data in a fixed field order; absent values are left out rather than sent as null. */
final class Data {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    static Data of() {
        return new Data();
    }

    Data put(String name, Object value) {
        if (value instanceof Instant instant) {
            fields.put(name, instant.toString());
        } else if (value instanceof Enum<?> e) {
            fields.put(name, e.name());
        } else if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    Map<String, Object> build() {
        return Collections.unmodifiableMap(fields);
    }
}
