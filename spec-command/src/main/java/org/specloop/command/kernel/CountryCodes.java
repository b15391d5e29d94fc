package org.specloop.command.kernel;

import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 codes as the JDK knows them. Sourcing rules exclude countries by code, so a
 * misspelt or lower-case code would silently slip past an exclusion: it is refused instead.
 */
public final class CountryCodes {
    private static final Set<String> ISO_ALPHA_2 = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    public static boolean isIsoAlpha2(String code) {
        return code != null && ISO_ALPHA_2.contains(code);
    }

    public static String problem(String code) {
        // a long text is not echoed: refusals travel into logs, problem details and dead-letter headers
        String given = code != null && code.length() > 8 ? "a text of " + code.length() + " characters" : "'" + code + "'";
        return given + " is not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. DE, US, CN)";
    }
}
