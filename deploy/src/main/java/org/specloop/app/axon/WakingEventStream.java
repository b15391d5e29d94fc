package org.specloop.app.axon;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * An event store stream that supports Axon's "available" callback (see {@link EventAvailability}).
 * The coordinator asks {@link #hasNextAvailable()} without waiting; after a local commit the store's
 * reader may not have fetched the new events yet, so the first check after such a wake-up waits
 * for them a little (the reader signals as soon as it has them) instead of missing them.
 */
final class WakingEventStream implements BlockingStream<TrackedEventMessage<?>> {

    private final BlockingStream<TrackedEventMessage<?>> delegate;
    private final EventAvailability availability;
    private final AtomicBoolean localEventsPending = new AtomicBoolean();
    private volatile Runnable callback;

    WakingEventStream(BlockingStream<TrackedEventMessage<?>> delegate, EventAvailability availability) {
        this.delegate = delegate;
        this.availability = availability;
        availability.add(this);
    }

    void localEventsCommitted() {
        localEventsPending.set(true);
        wake();
    }

    void wake() {
        Runnable run = callback;
        if (run != null) {
            run.run();
        }
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        this.callback = callback;
        return true;
    }

    @Override
    public boolean hasNextAvailable() {
        try {
            return hasNextAvailable(0, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        if (timeout == 0 && localEventsPending.getAndSet(false)) {
            return delegate.hasNextAvailable((int) availability.localWait().toMillis(), TimeUnit.MILLISECONDS);
        }
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public Stream<TrackedEventMessage<?>> asStream() {
        return delegate.asStream();
    }

    @Override
    public void close() {
        availability.remove(this);
        delegate.close();
    }
}
