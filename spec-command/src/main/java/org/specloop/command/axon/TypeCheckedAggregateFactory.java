package org.specloop.command.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.inspection.AggregateModel;

import java.util.Locale;

/**
 * Refuses to build an aggregate from another aggregate type's events. Identifiers share one event
 * store, so a command for lot SPEC-RTR-42SH would otherwise replay a specification's events into a
 * MagnetLot, which fails deep inside Axon (IncompatibleAggregateException, a 500). The first event of a
 * stream names the type that wrote it: when that is not this factory's type, nothing of this type exists
 * under the identifier, which is what AggregateNotFoundException says (404 at the HTTP edge).
 */
final class TypeCheckedAggregateFactory<A> implements AggregateFactory<A> {
    private final AggregateFactory<A> delegate;
    private final String typeName;
    private final String kind;

    /** @param model the aggregate's model, whose type() is the name Axon stores on its events */
    TypeCheckedAggregateFactory(AggregateModel<A> model) {
        this.delegate = new GenericAggregateFactory<>(model);
        this.typeName = model.type();
        this.kind = words(model.entityClass().getSimpleName());
    }

    @Override
    public A createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
        if (firstEvent != null && firstEvent.getType() != null && !firstEvent.getType().equals(typeName)) {
            throw new AggregateNotFoundException(aggregateIdentifier,
                    "no " + kind + " is known under the identifier '" + aggregateIdentifier + "'");
        }
        return delegate.createAggregateRoot(aggregateIdentifier, firstEvent);
    }

    @Override
    public Class<A> getAggregateType() {
        return delegate.getAggregateType();
    }

    /** MagnetLot -> "magnet lot": what a client reads in the refusal. */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
