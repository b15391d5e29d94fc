package org.specloop.app.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The storage engine as the embedded event store's shared reader sees it: its tailing read (the only
 * one that asks for a stream that may block) ends after a number of events, and the reader opens the
 * next one where it stopped. Axon's JDBC stream ends only when a fetch comes back empty, which under a
 * steady load never happens, and the reader keeps the node it started from in a local variable for as
 * long as its stream runs: every event read since then stayed reachable. At 10^6 measurements that was
 * 300,000 events and 800 MB of heap, and the node ran out of memory (docs/benchmarks.md).
 */
final class ChunkedTailReads implements EventStorageEngine {
    private final EventStorageEngine delegate;
    private final int eventsPerRead;

    ChunkedTailReads(EventStorageEngine delegate, int eventsPerRead) {
        if (eventsPerRead < 1) {
            throw new IllegalArgumentException("events per read must be at least 1, was " + eventsPerRead);
        }
        this.delegate = delegate;
        this.eventsPerRead = eventsPerRead;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = delegate.readEvents(trackingToken, mayBlock);
        return mayBlock ? events.limit(eventsPerRead) : events;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
