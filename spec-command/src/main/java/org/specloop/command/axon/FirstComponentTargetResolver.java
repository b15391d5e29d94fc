package org.specloop.command.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Contracts stay free of Axon annotations, so the target aggregate is found by convention:
 * the first component of every command record is the identifier of the aggregate it addresses.
 */
public class FirstComponentTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        RecordComponent[] components = payload.getClass().getRecordComponents();
        if (components == null || components.length == 0) {
            throw new IllegalArgumentException(payload.getClass().getSimpleName() + " is not a command record");
        }
        try {
            Object id = components[0].getAccessor().invoke(payload);
            if (id == null) {
                throw new IllegalArgumentException(payload.getClass().getSimpleName() + " has no "
                        + components[0].getName());
            }
            return new VersionedAggregateIdentifier(id.toString(), null);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the target of " + payload.getClass().getName(), e);
        }
    }
}
