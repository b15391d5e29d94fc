package org.specloop.command.kernel;

/**
 * Commands also arrive from the loop and from rigs, not only through the validating HTTP edge,
 * so aggregates check for themselves that the facts they will record are present. Missing means
 * null, or text with nothing but white space, wherever it is checked (FieldErrors at the edge too).
 *
 * <p>The rule is one; the refusal comes in two kinds. {@link #text} and {@link #value} refuse with
 * a RuleViolation (409 over HTTP, rule {@value #RULE}). {@link #argument} refuses with an
 * IllegalArgumentException (400): the magnet lot, supply source and motor run aggregates treat a
 * command with a missing field as malformed input that slipped past the edge, and their clients
 * rely on that answer.
 */
public final class Required {
    public static final String RULE = "required-field";
    public static final String TOO_LONG = "text-too-long";

    private Required() {
    }

    public static boolean missing(Object value) {
        return value == null || (value instanceof String text && text.isBlank());
    }

    public static String text(String value, String field) {
        if (missing(value)) {
            throw new RuleViolation(RULE, message(field));
        }
        return value;
    }

    public static <T> T value(T value, String field) {
        if (missing(value)) {
            throw new RuleViolation(RULE, message(field));
        }
        return value;
    }

    /** As {@link #value}, refused as a malformed command rather than a broken rule (see the class comment). */
    public static <T> T argument(T value, String field) {
        if (missing(value)) {
            throw new IllegalArgumentException(message(field));
        }
        return value;
    }

    /** Free text is stored in read models with a bounded column: an event they cannot hold would stop a projection. */
    public static String atMost(String value, int maxLength, String field) {
        if (value != null && value.length() > maxLength) {
            throw new RuleViolation(TOO_LONG, field + " has " + value.length() + " characters; at most " + maxLength + " are accepted");
        }
        return value;
    }

    private static String message(String field) {
        return field + " is required";
    }
}
