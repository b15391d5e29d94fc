package org.specloop.query.shared;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads one aggregate's whole stream for the as-of queries, which must not trust projections. */
@Component
public class EventStreamReader {
    private final EventStore eventStore;

    public EventStreamReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** From sequence 0 rather than the latest snapshot: a snapshot has no past to fold. */
    public List<TimedEvent> read(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream()
                .map(message -> new TimedEvent(message.getTimestamp(), message.getPayload()))
                .toList();
    }
}
