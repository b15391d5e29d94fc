package org.specloop.command.axon;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.specloop.command.motor.RunDeclarations;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.motordesign.MotorDesignDefined;
import org.specloop.contracts.motordesign.MotorDesignRequirementsRevised;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.specification.SpecificationCreated;
import org.springframework.stereotype.Component;

/**
 * A run's declarations answered from the event store (see CreationEvents): a lot or a specification is
 * known by its creation event alone, a design by its definition and the requirements it was last revised
 * to. Nothing needs a backfill for the events stored before this check existed.
 */
@Component
class EventStoreRunDeclarations implements RunDeclarations {
    private final CreationEvents creations;

    EventStoreRunDeclarations(CreationEvents creations) {
        this.creations = creations;
    }

    @Override
    public Optional<Design> design(String designId) {
        if (!(creations.of(designId).orElse(null) instanceof MotorDesignDefined)) {
            return Optional.empty(); // nothing, or another kind of aggregate under that id
        }
        MotorRequirements current = null;
        DomainEventStream stream = creations.stream(designId);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof MotorDesignDefined d) {
                current = d.requirements();
            } else if (payload instanceof MotorDesignRequirementsRevised r) {
                current = r.requirements();
            }
        }
        String specificationId = current == null ? null : current.specificationId();
        String part = creations.of(specificationId).filter(SpecificationCreated.class::isInstance)
                .map(c -> ((SpecificationCreated) c).partNumber()).orElse(null);
        return Optional.of(new Design(designId, specificationId, part));
    }

    @Override
    public Optional<String> partOfLot(String lotId) {
        return creations.of(lotId).filter(MagnetLotReceived.class::isInstance).map(r -> ((MagnetLotReceived) r).partNumber());
    }
}
