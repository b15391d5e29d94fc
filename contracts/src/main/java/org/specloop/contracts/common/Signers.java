package org.specloop.contracts.common;

import java.util.Locale;

/**
 * Who counts as the same person for four eyes: user names compared without case or surrounding blanks. The
 * aggregates refuse a signature by the author with it, and the workspace uses it to tell a reader which items
 * wait for their signature and which for someone else's, so the two can never disagree.
 */
public final class Signers {
    private Signers() {
    }

    public static boolean samePerson(String one, String other) {
        return one != null && other != null && normalise(one).equals(normalise(other));
    }

    private static String normalise(String actor) {
        return actor.trim().toLowerCase(Locale.ROOT);
    }
}
