package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/**
 * reason is internal (for quality staff); publicReason is what the person who held the lot chose to
 * tell OEMs, null when none was given (and in older events): notifications then use a standard text
 * for the category, never the internal reason.
 */
@EventVersion("1")
public record LotHeld(String lotId, HoldCategory category, String reason, String actor, Instant heldAt, String publicReason) {
    public LotHeld(String lotId, HoldCategory category, String reason, String actor, Instant heldAt) {
        this(lotId, category, reason, actor, heldAt, null);
    }
}
