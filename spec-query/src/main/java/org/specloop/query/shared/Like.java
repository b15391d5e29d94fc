package org.specloop.query.shared;

import java.util.Locale;

/**
 * "Contains, ignoring case" for LIKE: the text is lowered (the column is compared as LOWER(column))
 * and the wildcards a person types are escaped, so "42_SH" finds "42_SH" and not "42ASH". Use the
 * pattern with {@link #ESCAPE} after it; the backslash is the escape on H2 and PostgreSQL alike.
 */
public final class Like {
    public static final String ESCAPE = " ESCAPE '\\'";

    private Like() {
    }

    public static String contains(String text) {
        return "%" + literal(text) + "%";
    }

    /** The text lowered with %, _ and the escape itself taken literally. */
    public static String literal(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
