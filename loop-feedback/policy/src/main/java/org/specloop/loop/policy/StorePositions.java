package org.specloop.loop.policy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An event's position in the store: its global index, read by its identifier. The loop orders lots and change
 * decisions by it, so that one handled late (parked, then retried) keeps its place, and a replay places them as
 * live handling did (LoopSequencing). Not the tracking token's position: the token of an event that fills a gap
 * (committed after a later index was read) stands at the highest index read so far, so a live event and its
 * replay would be placed apart. Null when the event is not in the store (a handler called directly).
 */
@Component
class StorePositions {
    private final JdbcTemplate jdbc;

    StorePositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Long of(String eventId) {
        return jdbc.queryForList("SELECT globalIndex FROM domain_event_entry WHERE eventIdentifier = ?", Long.class, eventId)
                .stream().findFirst().orElse(null);
    }
}
