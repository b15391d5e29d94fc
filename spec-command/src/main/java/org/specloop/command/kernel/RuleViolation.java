package org.specloop.command.kernel;

/**
 * A command refused because it breaks a business rule (four eyes, status flow, ...). The rule
 * name is stable so that clients can react to it; the message says what happened in words.
 */
public class RuleViolation extends RuntimeException {
    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
