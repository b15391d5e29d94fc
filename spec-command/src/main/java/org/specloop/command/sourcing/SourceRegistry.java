package org.specloop.command.sourcing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry's facts the receipt check reads; an absent source is an unregistered one. */
@FunctionalInterface
public interface SourceRegistry {

    Optional<RegisteredSource> find(String sourceId);

    static SourceRegistry of(Collection<RegisteredSource> sources) {
        Map<String, RegisteredSource> byId = sources.stream()
                .collect(Collectors.toMap(RegisteredSource::sourceId, Function.identity(), (a, b) -> b));
        return id -> Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
