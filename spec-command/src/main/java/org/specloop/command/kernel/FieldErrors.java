package org.specloop.command.kernel;

import org.specloop.contracts.common.TextLimits;
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

    /**
     * Required text of at most maxLength characters (a TextLimits constant), free of control characters:
     * the read models store it in columns of that width, so longer text is refused here, not by a projection.
     */
    public String require(String field, String value, int maxLength) {
        if (require(field, value) != null) {
            atMost(field, value, maxLength);
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

    /** Optional text: absent is fine, present must be free of control characters and at most maxLength long. */
    public String clean(String field, String text, int maxLength) {
        clean(field, text);
        atMost(field, text, maxLength);
        return text;
    }

    /** Records an error when the text is longer than maxLength characters (a TextLimits constant). */
    public boolean atMost(String field, String text, int maxLength) {
        boolean fits = text == null || text.length() <= maxLength;
        check(fits, field, tooLong(text, maxLength));
        return fits;
    }

    /**
     * Records an error when the list holds more than maxItems elements (a ListLimits constant). Callers
     * look at the elements only when it fits, so a list of a million bad items is one error, not a million.
     */
    public boolean atMostItems(String field, List<?> list, int maxItems) {
        boolean fits = list == null || list.size() <= maxItems;
        check(fits, field, tooMany(list, maxItems));
        return fits;
    }

    /** The refusal of an over-long list, naming the limit and the number sent. */
    public static String tooMany(List<?> list, int maxItems) {
        return "must hold at most " + maxItems + " items" + (list == null ? "" : " (has " + list.size() + ")");
    }

    /** The refusal of an over-long text, naming the limit and the length sent (never the text itself). */
    public static String tooLong(String text, int maxLength) {
        return "must be at most " + maxLength + " characters" + (text == null ? "" : " (has " + text.length() + ")");
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
        if (!atMost(field, text, TextLimits.CODE)) {
            return null; // no value of the set is that long, and the refusal must not echo it
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
