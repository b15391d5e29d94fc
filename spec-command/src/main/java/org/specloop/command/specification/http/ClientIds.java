package org.specloop.command.specification.http;

import org.specloop.command.http.FieldErrors;

import java.util.regex.Pattern;

/** Ids chosen by clients end up in paths and Location headers, so they must be URL-safe as they are. */
public final class ClientIds {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

    private ClientIds() {
    }

    /** Records an error unless the optional id is absent or URL-safe. */
    public static void check(FieldErrors errors, String field, String id) {
        if (id != null) {
            errors.check(SAFE.matcher(id).matches(), field, "may only contain letters, digits and . _ ~ - (at most 200)");
        }
    }
}
