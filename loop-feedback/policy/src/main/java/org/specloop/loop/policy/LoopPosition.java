package org.specloop.loop.policy;

import org.axonframework.eventhandling.TrackingToken;

/**
 * An event's position in the store, from the tracking token it was handled with (a replay's token tells the
 * position of the event replayed). The loop orders lots and decisions by it, so that one handled late (parked,
 * then retried) keeps its place (LoopSequencing). Null for a handler called outside a streaming processor.
 */
final class LoopPosition {
    private LoopPosition() {
    }

    static Long of(TrackingToken token) {
        if (token == null) {
            return null;
        }
        return token.position().isPresent() ? token.position().getAsLong() : null;
    }
}
