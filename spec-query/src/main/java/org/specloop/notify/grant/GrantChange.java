package org.specloop.notify.grant;

import java.time.Instant;

/** One line of the audit history: a grant or a revocation, by whom, when and why. Never changed or deleted. */
public record GrantChange(long seq, String oem, GrantKind kind, String itemId, Action action, String actor, Instant at,
                          String reason) {

    public enum Action {
        GRANTED,
        REVOKED
    }
}
