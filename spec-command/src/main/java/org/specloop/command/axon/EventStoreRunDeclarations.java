package org.specloop.command.axon;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.specloop.command.motor.RunDeclarations;
import org.specloop.command.motor.input.DesignRequirements;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.motordesign.MotorDesignDefined;
import org.specloop.contracts.motordesign.MotorDesignRequirementsRevised;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.specification.SpecificationCreated;
import org.springframework.stereotype.Component;

/**
 * A run's declarations, and the requirements its design sets for it, answered from the event store (see
 * CreationEvents): a lot or a specification is known by its creation event alone, a design by its
 * definition and the requirements it was last revised to. Nothing needs a backfill for the events stored
 * before this check existed.
 */
@Component
class EventStoreRunDeclarations implements RunDeclarations, DesignRequirements {
    private final CreationEvents creations;

    EventStoreRunDeclarations(CreationEvents creations) {
        this.creations = creations;
    }

    @Override
    public Optional<Design> design(String designId) {
        return requirementsOf(designId).map(current -> {
            String specificationId = current.requirements() == null ? null : current.requirements().specificationId();
            String part = creations.of(specificationId).filter(SpecificationCreated.class::isInstance)
                    .map(c -> ((SpecificationCreated) c).partNumber()).orElse(null);
            return new Design(designId, specificationId, part);
        });
    }

    @Override
    public Optional<RunRequirements> of(String designId) {
        return requirementsOf(designId).map(current -> current.requirements() == null ? new RunRequirements(null, null)
                : new RunRequirements(current.requirements().ieClass(),
                current.requirements().maxDemagnetizationLossPercent()));
    }

    /** The design's requirements as last revised; empty when no design of that id was defined. */
    private Optional<Current> requirementsOf(String designId) {
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
        return Optional.of(new Current(current));
    }

    private record Current(MotorRequirements requirements) {
    }

    @Override
    public Optional<String> partOfLot(String lotId) {
        return creations.of(lotId).filter(MagnetLotReceived.class::isInstance).map(r -> ((MagnetLotReceived) r).partNumber());
    }
}
