package org.specloop.command.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.specloop.command.motordesign.MagnetSpecs;
import org.specloop.contracts.specification.SpecificationCreated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Answers from the event store itself: a specification exists when its stream begins with
 * SpecificationCreated. Read from the store rather than from a table kept by an event processor, so a
 * design defined right after its spec (as a script or the demo does) is never refused because the
 * processor had not caught up; only the stream's first event is read.
 */
@Component
class StoredSpecifications implements MagnetSpecs {
    private final ObjectProvider<EventStore> eventStore;

    StoredSpecifications(ObjectProvider<EventStore> eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(String specificationId) {
        if (specificationId == null || specificationId.isBlank()) {
            return false;
        }
        DomainEventStream stream = eventStore.getObject().readEvents(specificationId, 0);
        if (!stream.hasNext()) {
            return false;
        }
        DomainEventMessage<?> first = stream.peek();
        return SpecificationCreated.class.equals(first.getPayloadType());
    }
}
