package org.specloop.app.cluster;

import java.time.Duration;

/**
 * When this node gives up segments of a processor and nobody takes them, it stops giving them up for a
 * while, twice as long each time it happens again. A node whose processor is in Axon's error back-off
 * (up to a minute after a database outage) holds none of that processor's segments and claims none: it
 * counts as lacking its share, and without this the others released segments to it every few seconds,
 * left them unprocessed for the release period, claimed them back and released them again, so their
 * tokens fell behind for minutes (the postgres-restart fault test found it). A release that was taken
 * starts the pauses over.
 */
final class ReleaseBackoff {
    private final Duration first;
    private final Duration max;
    private Duration next;
    private long holdUntil = Long.MIN_VALUE;

    ReleaseBackoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    boolean mayRelease(long nowMillis) {
        return nowMillis >= holdUntil;
    }

    /** A released segment's release period is over and it is not held by another node. */
    void notTaken(long nowMillis) {
        holdUntil = nowMillis + next.toMillis();
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
    }

    /** Another node holds a segment this node released: releasing works again. */
    void taken() {
        next = first;
    }

    /** How long the next unanswered release makes this node hold on (for the log). */
    Duration nextHold() {
        return next;
    }
}
