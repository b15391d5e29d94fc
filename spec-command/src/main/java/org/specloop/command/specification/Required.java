package org.specloop.command.specification;

import org.specloop.command.RuleViolation;

/**
 * Commands also arrive from the loop and from rigs, not only through the validating HTTP edge,
 * so aggregates check for themselves that the facts they will record are present.
 */
public final class Required {
    public static final String RULE = "required-field";

    private Required() {
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(RULE, field + " is required");
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
