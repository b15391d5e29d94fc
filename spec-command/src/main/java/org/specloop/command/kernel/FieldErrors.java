package org.specloop.command.kernel;

import org.specloop.contracts.units.Characteristic;
import org.specloop.contracts.units.Quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the problems of one request while it is mapped to a command, so the client gets the
 * whole list at once (RFC 9457 with field-level details) instead of fixing one field per round trip.
 */
public final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    /** A value that must be present; text must also be free of control characters (ControlCharacters). */
    public <T> T require(String field, T value) {
        if (Required.missing(value)) {
            errors.add(new FieldError(field, "is required"));
        } else if (value instanceof String text) {
            clean(field, text);
        }
        return value;
    }

    /** Optional text: absent is fine, present must be free of control characters (ControlCharacters). */
    public String clean(String field, String text) {
        if (text != null && ControlCharacters.present(text)) {
            errors.add(new FieldError(field, ControlCharacters.RULE));
        }
        return text;
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void check(boolean ok, String field, String message) {
        if (!ok) {
            reject(field, message);
        }
    }

    /** Runs a conversion that may refuse its input and records the refusal against the field. */
    public <T> T convert(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    public Double quantity(String field, Characteristic characteristic, Double value, String unit) {
        if (value == null) {
            return null;
        }
        return convert(field, () -> characteristic.toCanonical(value, unit));
    }

    public Double temperature(String field, Double value, String unit) {
        if (value == null) {
            reject(field, "is required");
            return null;
        }
        return convert(field, () -> Quantities.temperatureCelsius(value, unit));
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            reject(field, "is required");
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            reject(field, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Ends the mapping: throws with every problem found, or returns when the request was sound. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
    }
}
