package org.specloop.query.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Parsing of query parameters with messages that name the parameter and what it accepts. */
public final class Requests {
    private Requests() {
    }

    public static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }

    public static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }

    /** Null for an absent filter; 400 naming the accepted values for a wrong one. */
    public static <E extends Enum<E>> String enumFilter(String parameter, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(wanted::equals).findFirst()
                .orElseThrow(() -> badRequest(parameter + " must be one of " + Arrays.toString(type.getEnumConstants())
                        + ", got '" + text + "'"));
    }

    public static String textFilter(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** An omitted instant means now. */
    public static Instant instant(String parameter, String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw badRequest(parameter + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, got '" + text + "'");
        }
    }

    public static Boolean booleanFilter(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw badRequest(parameter + " must be true or false, got '" + text + "'");
        };
    }

    public static int positiveInt(String parameter, String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 1) {
                throw badRequest(parameter + " must be 1 or more, got " + value);
            }
            return value;
        } catch (NumberFormatException | NullPointerException e) {
            throw badRequest(parameter + " must be a revision number, got '" + text + "'");
        }
    }

    /** Null for an absent filter; 400 for text that is not a finite number. */
    public static Double number(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below with the parameter's name
        }
        throw badRequest(parameter + " must be a number, got '" + text + "'");
    }
}
