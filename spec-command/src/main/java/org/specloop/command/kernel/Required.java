package org.specloop.command.kernel;


/**
 * Commands also arrive from the loop and from rigs, not only through the validating HTTP edge,
 * so aggregates check for themselves that the facts they will record are present.
 */
public final class Required {
    public static final String RULE = "required-field";
    public static final String TOO_LONG = "text-too-long";

    private Required() {
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(RULE, field + " is required");
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

    public static <T> T value(T value, String field) {
        if (value == null) {
            throw new RuleViolation(RULE, field + " is required");
        }
        return value;
    }
}
