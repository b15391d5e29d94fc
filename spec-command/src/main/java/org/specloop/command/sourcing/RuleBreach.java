package org.specloop.command.sourcing;

/**
 * One sourcing rule a lot's declared chain breaks: the rule cited (e.g. "DFARS 252.225-7052(b)(2)") and what broke it.
 * {@code dated}: the breach depends on the day judged (a country exclusion with its effective date), so time passing
 * can bring it about for stock already received.
 */
record RuleBreach(String rule, String message, boolean dated) {
    public static final String MINIMUM_CUSTODY = "minimum-custody-model";
    public static final String INCOMPLETE_CHAIN = "declared-chain-incomplete";
    public static final String COUNTRY_EXCLUSION = "country-exclusion";
    public static final String DISQUALIFIED_SOURCE = "source-disqualified";

    RuleBreach(String rule, String message) {
        this(rule, message, false);
    }

    @Override
    public String toString() {
        return rule + ": " + message;
    }
}
