package org.specloop.command.kernel;

/**
 * The one rule for control characters in text a client sends (ids, names and free text alike, over
 * REST, NDJSON and Kafka, since all of them are checked through FieldErrors): NUL, escape and the other
 * C0 controls, DEL, the C1 controls and the bidirectional embeddings, overrides and isolates are refused.
 * They have no place in a part number or a title, they break logs, CSV exports and terminals, and a
 * bidi override can make a stored name read differently from what it is. Tab, line feed and carriage
 * return stay allowed, for free text written over several lines.
 */
final class ControlCharacters {
    static final String RULE = "must not contain control characters (such as NUL, escape or bidi overrides)";

    private ControlCharacters() {
    }

    static boolean present(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refused(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
