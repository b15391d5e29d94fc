package org.specloop.query.shared;

import java.time.Instant;

/** An event payload with the instant it was stored: what the as-of folds consume. */
public record TimedEvent(Instant at, Object payload) {
}
