package org.specloop.app.axon;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Tells the pooled streaming processors when there are events to read. Axon's coordinator waits for
 * a stream's "available" callback, and re-polls every 500 ms when the stream has none - which the
 * embedded (JDBC) event store's streams do not: every event waited 0 to 500 ms, 250 ms on average,
 * before any processor saw it (a notification's latency was mostly this). Here the streams get a
 * callback that runs when a unit of work that published events on this node has committed, and
 * every {@code pollInterval} for events other nodes wrote (the store's own reader fetches them).
 * Commits close together share one wake-up, {@code coalesce} after the first: a processor then reads
 * them in one batch and one transaction instead of one each (a busy node commits hundreds a second).
 */
public final class EventAvailability implements AutoCloseable {

    private static final String REGISTERED = EventAvailability.class.getName() + ".afterCommit";

    private final Set<WakingEventStream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean listening = new AtomicBoolean();
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();
    private final Duration localWait;
    private final long coalesceMillis;
    private final ScheduledExecutorService ticker;

    /**
     * @param pollInterval how often every stream is woken anyway (events of other nodes)
     * @param localWait    how long a stream woken by a local commit waits for the store's reader to fetch it
     * @param coalesce     how long after a commit the streams are woken, for later commits to join in
     */
    public EventAvailability(Duration pollInterval, Duration localWait, Duration coalesce) {
        this.localWait = localWait;
        this.coalesceMillis = coalesce.toMillis();
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "event-availability");
            thread.setDaemon(true);
            return thread;
        });
        long period = pollInterval.toMillis();
        ticker.scheduleWithFixedDelay(this::wakeAll, period, period, TimeUnit.MILLISECONDS);
    }

    /** The store's streams, with the callback. Registers the commit hook on the store the first time. */
    public StreamableMessageSource<TrackedEventMessage<?>> wrap(EventStore store) {
        listenTo(store);
        return new WakingMessageSource(store, this);
    }

    void listenTo(EventStore store) {
        if (listening.compareAndSet(false, true)) {
            store.registerDispatchInterceptor(new AfterCommit());
        }
    }

    void add(WakingEventStream stream) {
        streams.add(stream);
    }

    void remove(WakingEventStream stream) {
        streams.remove(stream);
    }

    Duration localWait() {
        return localWait;
    }

    /** Events were committed on this node. */
    void committed() {
        if (coalesceMillis <= 0) {
            wakeForLocalEvents();
        } else if (wakeScheduled.compareAndSet(false, true)) {
            ticker.schedule(() -> {
                wakeScheduled.set(false);
                wakeForLocalEvents();
            }, coalesceMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void wakeForLocalEvents() {
        streams.forEach(WakingEventStream::localEventsCommitted);
    }

    private void wakeAll() {
        streams.forEach(WakingEventStream::wake);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /** Once per unit of work that publishes events: after its commit, or at once outside one. */
    private final class AfterCommit implements MessageDispatchInterceptor<EventMessage<?>> {
        @Override
        public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
            if (CurrentUnitOfWork.isStarted()) {
                var root = CurrentUnitOfWork.get().root();
                if (root.resources().putIfAbsent(REGISTERED, Boolean.TRUE) == null) {
                    root.afterCommit(u -> committed());
                }
            } else {
                committed();
            }
            return (index, message) -> message;
        }
    }
}
