package org.specloop.app.axon;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A processor's stream that passes over runs of events of types none of the processor's handlers takes.
 * <p>
 * A pooled processor's coordinator offers every event to each of its segments' work packages, and each
 * package queues it and moves its token over it, even when no handler of the processor takes its type;
 * with a dozen groups of eight segments that was a fifth of the application's CPU under a measurement
 * load, spent by groups that had nothing to do (docs/benchmarks.md). The coordinator tells the stream
 * which types it cannot handle ({@link #skipMessagesWithPayloadTypeOf}); the event store's own stream
 * ignores that. This one drops such an event when a later event is already readable: the later event's
 * token covers the dropped one, so the token still moves past it. The last readable event is always
 * delivered, so an idle processor reaches the head when the stream runs dry, and at most
 * {@link #MAX_DROPPED_IN_A_ROW} are dropped in a row, so its token follows a long run of other events.
 */
final class SkippingEventStream implements BlockingStream<TrackedEventMessage<?>> {

    /** How far an idle processor's token may trail the events it passes over while more keep coming. */
    static final int MAX_DROPPED_IN_A_ROW = 1000;

    private final BlockingStream<TrackedEventMessage<?>> delegate;
    private final Set<Class<?>> unhandledTypes = ConcurrentHashMap.newKeySet();
    /** A skippable event taken from the delegate, delivered unless a later event makes it unnecessary. */
    private TrackedEventMessage<?> held;
    private int droppedInARow;

    SkippingEventStream(BlockingStream<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        unhandledTypes.add(ignoredMessage.getPayloadType());
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public synchronized boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        boolean tookNewEvents = passOverSkippable();
        if (held == null) {
            return delegate.hasNextAvailable(timeout, unit);
        }
        // asked to wait (after a local commit) with nothing new readable: the committed events may be about
        // to be readable behind the held event, and then they, not it, come next
        if (timeout > 0 && !tookNewEvents && delegate.hasNextAvailable(timeout, unit)) {
            passOverSkippable();
        }
        return true;
    }

    @Override
    public synchronized Optional<TrackedEventMessage<?>> peek() {
        passOverSkippable();
        return held != null ? Optional.of(held) : delegate.peek();
    }

    @Override
    public synchronized TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        passOverSkippable();
        droppedInARow = 0;
        if (held != null) {
            TrackedEventMessage<?> next = held;
            held = null;
            return next;
        }
        return delegate.nextAvailable();
    }

    /**
     * Takes the readable skippable events off the delegate, keeping the last; forgets it as soon as a
     * handled event is readable behind it. Never takes a handled event, and never waits.
     *
     * @return whether it took any event off the delegate
     */
    private boolean passOverSkippable() {
        boolean took = false;
        if (unhandledTypes.isEmpty()) {
            return took;
        }
        while (delegate.hasNextAvailable()) {
            Optional<TrackedEventMessage<?>> next = delegate.peek();
            if (next.isEmpty() || !unhandledTypes.contains(next.get().getPayloadType())) {
                held = null;
                return took;
            }
            if (held != null) {
                if (droppedInARow >= MAX_DROPPED_IN_A_ROW) {
                    return took;
                }
                droppedInARow++;
            }
            try {
                held = delegate.nextAvailable();
                took = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return took;
            }
        }
        return took;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return delegate.setOnAvailableCallback(callback);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
