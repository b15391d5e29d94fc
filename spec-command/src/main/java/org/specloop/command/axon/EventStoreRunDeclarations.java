package org.specloop.command.axon;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.specloop.command.motor.RunDeclarations;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.motordesign.MotorDesignDefined;
import org.specloop.contracts.motordesign.MotorDesignRequirementsRevised;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.specification.SpecificationCreated;
import org.springframework.stereotype.Component;

/**
 * Answers a run's declarations from the event store itself rather than from a projection: a lot received
 * a moment before the run started (on any node) is already there, and nothing needs a backfill for the
 * events stored before this check existed. Reads start at sequence 0, so a snapshot never stands in for
 * the creation event; a lot or a specification is known by its first event alone.
 */
@Component
class EventStoreRunDeclarations implements RunDeclarations {
    private final EventStore events;

    EventStoreRunDeclarations(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Design> design(String designId) {
        MotorRequirements current = null;
        boolean defined = false;
        DomainEventStream stream = events.readEvents(designId, 0L);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof MotorDesignDefined d) {
                defined = true;
                current = d.requirements();
            } else if (payload instanceof MotorDesignRequirementsRevised r) {
                current = r.requirements();
            } else if (!defined) {
                return Optional.empty(); // another kind of aggregate under that id
            }
        }
        if (!defined) {
            return Optional.empty();
        }
        String specificationId = current == null ? null : current.specificationId();
        String part = specificationId == null ? null : first(specificationId)
                .filter(SpecificationCreated.class::isInstance).map(c -> ((SpecificationCreated) c).partNumber()).orElse(null);
        return Optional.of(new Design(designId, specificationId, part));
    }

    @Override
    public Optional<String> partOfLot(String lotId) {
        return first(lotId).filter(MagnetLotReceived.class::isInstance).map(r -> ((MagnetLotReceived) r).partNumber());
    }

    private Optional<Object> first(String aggregateId) {
        return events.readEvents(aggregateId, 0L).asStream().findFirst().map(DomainEventMessage::getPayload);
    }
}
