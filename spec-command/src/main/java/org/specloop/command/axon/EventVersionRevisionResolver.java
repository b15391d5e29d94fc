package org.specloop.command.axon;

import org.axonframework.serialization.RevisionResolver;
import org.specloop.contracts.common.EventVersion;

/** Reads the payload revision from the contracts' own @EventVersion, keeping contracts free of Axon. */
public class EventVersionRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventVersion version = payloadType.getAnnotation(EventVersion.class);
        return version == null ? null : version.value();
    }
}
