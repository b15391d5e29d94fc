package org.specloop.kit.dedup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notification ids already handled, so that a delivery SpecLoop sends again (at least once: a retry
 * after a lost acknowledgement, a replayed dead letter, a Kafka redelivery after a rebalance) is acted on
 * once. Memory is bounded: past {@code capacity} ids the oldest is forgotten, so the window must hold more
 * ids than arrive during SpecLoop's longest retry horizon (about 32 hours with the default schedule). An id
 * is claimed before it is processed and marked done after; a failure releases it, so the next delivery
 * is processed again rather than lost. A production receiver keeps these ids in its own database, in the
 * transaction that applies the notification; this class is the same rule in memory.
 */
public final class SeenIds {
    /** What {@link #claim} found. */
    public enum Claim {
        /** Never seen (or forgotten): process it, then call {@link #done} or {@link #release}. */
        NEW,
        /** Being processed right now by another delivery of the same id: ask the sender to come back. */
        IN_PROGRESS,
        /** Already processed: acknowledge it and do nothing else. */
        DONE
    }

    private final Map<String, Boolean> done;

    public SeenIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.done = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Claim claim(String id) {
        Boolean finished = done.get(id);
        if (finished == null) {
            done.put(id, Boolean.FALSE);
            return Claim.NEW;
        }
        return finished ? Claim.DONE : Claim.IN_PROGRESS;
    }

    public synchronized void done(String id) {
        done.replace(id, Boolean.TRUE);
    }

    public synchronized void release(String id) {
        done.remove(id);
    }

    public synchronized int size() {
        return done.size();
    }
}
