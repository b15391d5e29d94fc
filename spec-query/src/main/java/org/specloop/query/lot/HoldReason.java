package org.specloop.query.lot;

import java.time.Instant;

/** One category currently holding a lot, with the latest reason given for it. */
public record HoldReason(String category, String reason, String actor, Instant heldAt) {
}
