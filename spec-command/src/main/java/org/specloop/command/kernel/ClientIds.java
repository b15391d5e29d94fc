package org.specloop.command.kernel;


import java.util.regex.Pattern;
import org.specloop.contracts.common.TextLimits;

/** Ids chosen by clients end up in paths and Location headers, so they must be URL-safe as they are. */
public final class ClientIds {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~-]{1," + TextLimits.ID + "}");

    private ClientIds() {
    }

    public static final String RULE = "may only contain letters, digits and . _ ~ - (at most " + TextLimits.ID
            + " characters), and may not be . or ..";

    /** Records an error unless the optional id is absent or URL-safe. */
    public static void check(FieldErrors errors, String field, String id) {
        if (id != null) {
            errors.check(isSafe(id), field, RULE);
        }
    }

    /**
     * URL-safe as it is, and not a path segment of its own: such an id cannot carry SQL, markup, a path
     * traversal, CR/LF or control characters into a path, a header or a page.
     */
    public static boolean isSafe(String id) {
        return SAFE.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }
}
