package org.specloop.command.sourcing;

/** One sourcing rule a lot's declared chain breaks: the rule cited (e.g. "DFARS 252.225-7052(b)(2)") and what broke it. */
record RuleBreach(String rule, String message) {
    public static final String MINIMUM_CUSTODY = "minimum-custody-model";
    public static final String INCOMPLETE_CHAIN = "declared-chain-incomplete";
    public static final String COUNTRY_EXCLUSION = "country-exclusion";

    @Override
    public String toString() {
        return rule + ": " + message;
    }
}
