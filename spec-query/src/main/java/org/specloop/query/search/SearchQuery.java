package org.specloop.query.search;

import org.specloop.query.shared.Like;
import org.specloop.query.shared.Requests;

import java.util.Locale;

/**
 * What someone typed into the search box, checked in one place for the page and the API: not empty
 * (an empty search would list everything) and at most {@link #MAX_LENGTH} characters, longer than any
 * id, serial or part number, so a pasted paragraph is refused rather than scanned for.
 */
public record SearchQuery(String text) {
    public static final int MAX_LENGTH = 100;

    public static SearchQuery parse(String q) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw Requests.badRequest("q must not be empty: type part of an id, part number, grade, title, motor serial"
                    + " or source name");
        }
        if (text.length() > MAX_LENGTH) {
            throw Requests.badRequest("q must be at most " + MAX_LENGTH + " characters, got " + text.length());
        }
        return new SearchQuery(text);
    }

    /** The LIKE pattern: contains, ignoring case, wildcards taken literally. */
    String pattern() {
        return Like.contains(text);
    }

    /** Lowered, to compare with LOWER(id) for an exact hit. */
    String lowered() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether an id is exactly what was typed, ignoring case. */
    public boolean isExactly(String id) {
        return id != null && id.equalsIgnoreCase(text);
    }
}
