package org.specloop.command.axon;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads an aggregate's own stream from the event store, for the checks a command makes of another
 * aggregate (does the spec exist, what part was the lot received as). Read from the store rather than
 * from a table an event processor keeps, so something created a moment earlier, on any node, is never
 * refused because a processor had not caught up. Reads start at sequence 0, so a snapshot never stands in
 * for the creation event; its payload says what kind of aggregate the id belongs to.
 */
@Component
class CreationEvents {
    private final ObjectProvider<EventStore> eventStore;

    CreationEvents(ObjectProvider<EventStore> eventStore) {
        this.eventStore = eventStore;
    }

    /** The payload of the first event stored under the id; empty when nothing is. */
    Optional<Object> of(String aggregateId) {
        if (aggregateId == null || aggregateId.isBlank()) {
            return Optional.empty();
        }
        DomainEventStream stream = stream(aggregateId);
        return stream.hasNext() ? Optional.of(stream.peek()).map(DomainEventMessage::getPayload) : Optional.empty();
    }

    /** Every event stored under the id, in order. */
    DomainEventStream stream(String aggregateId) {
        return eventStore.getObject().readEvents(aggregateId, 0L);
    }
}
