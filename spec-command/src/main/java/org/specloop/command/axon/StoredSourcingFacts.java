package org.specloop.command.axon;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.specloop.command.sourcing.SourcingFacts;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.specification.SpecificationCreated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sourcing group's keys, read from creation events (CreationEvents) and remembered: what a creation event
 * says never changes, so a remembered answer is never stale. An absent aggregate is asked again next time, as
 * it may be created meanwhile.
 */
@Component
class StoredSourcingFacts implements SourcingFacts {
    private static final int REMEMBERED = 100_000;
    private final CreationEvents creations;
    private final JdbcTemplate jdbc;
    private final BoundedCache remembered = new BoundedCache(REMEMBERED);

    StoredSourcingFacts(CreationEvents creations, JdbcTemplate jdbc) {
        this.creations = creations;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> partOfLot(String lotId) {
        return created("lot:", lotId, payload -> payload instanceof MagnetLotReceived r ? r.partNumber() : null);
    }

    @Override
    public Optional<String> partOfSpecification(String specificationId) {
        return created("spec:", specificationId, payload -> payload instanceof SpecificationCreated c ? c.partNumber() : null);
    }

    @Override
    public Optional<String> specificationOfChange(String changeId) {
        return created("change:", changeId, payload -> payload instanceof EngineeringChangeRaised r ? r.specificationId() : null);
    }

    /**
     * Read from the event store itself, not from a table a processor keeps: a spec whose processor has not caught
     * up is still listed. Only registry changes ask, and they are rare.
     */
    @Override
    public List<String> specifications() {
        return jdbc.queryForList("SELECT aggregateIdentifier FROM domain_event_entry WHERE payloadType = ?"
                + " ORDER BY aggregateIdentifier", String.class, SpecificationCreated.class.getName());
    }

    @Override
    public Optional<Long> positionOf(String eventId) {
        return jdbc.queryForList("SELECT globalIndex FROM domain_event_entry WHERE eventIdentifier = ?", Long.class, eventId)
                .stream().findFirst();
    }

    private Optional<String> created(String kind, String aggregateId, Function<Object, String> fact) {
        if (aggregateId == null) {
            return Optional.empty();
        }
        String key = kind + aggregateId;
        String known = remembered.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> answer = creations.of(aggregateId).map(fact);
        answer.ifPresent(value -> remembered.put(key, value));
        return answer;
    }
}
