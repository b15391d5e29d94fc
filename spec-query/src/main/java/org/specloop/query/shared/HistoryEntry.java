package org.specloop.query.shared;

import java.time.Instant;

/** One line of an object's history: who did what, when, and why in a short sentence. */
public record HistoryEntry(String objectType, String objectId, String eventType, String actor, Instant at, String summary) {
}
