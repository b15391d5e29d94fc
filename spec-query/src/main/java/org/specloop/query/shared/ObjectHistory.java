package org.specloop.query.shared;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.specloop.readside.shared.Database;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The object_history table, written by every projection and read by the history endpoints. */
@Component
public class ObjectHistory {
    static final String ACTOR = "actor";
    private final NamedParameterJdbcTemplate jdbc;
    private final BufferedInserts inserts;

    public ObjectHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.inserts = new BufferedInserts(jdbc, "object_history", List.of("event_id", "object_type", "object_id"),
                List.of("event_id", "object_type", "object_id", "event_type", "actor", "occurred_at", "summary"));
    }

    /**
     * Idempotent per event and object: a replayed event finds its line already there. Written with the
     * processor's batch ({@link BufferedInserts}). When the event
     * names no actor of its own, the one who caused it is taken from the event's metadata (the
     * authenticated user, rig or system that sent the command).
     */
    public void record(String eventId, String objectType, String objectId, Object event, String actor, Instant at, String summary) {
        Map<String, Object> row = new HashMap<>();
        row.put("event_id", eventId);
        row.put("object_type", objectType);
        row.put("object_id", objectId);
        row.put("event_type", event.getClass().getSimpleName());
        row.put("actor", actor != null ? actor : actorFromMetaData());
        row.put("occurred_at", Sql.ts(at));
        row.put("summary", abbreviate(summary));
        inserts.insertIfAbsent(row);
    }

    /**
     * Removes every line of one object type, for its projection's reset. On PostgreSQL each type has its own
     * partition (migration V12_250), emptied with TRUNCATE: a DELETE left a million dead lines behind in a
     * replay of query-lots at 10^6 measurements, each checked again by the replay's insert of the same key.
     * Like ReadModelTables it holds off readers of that type's lines until the reset commits.
     */
    public void clear(String objectType) {
        String partition = partition(objectType);
        if (Database.isPostgres(jdbc.getJdbcOperations()) && jdbc.getJdbcOperations()
                .queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, partition)) {
            jdbc.getJdbcOperations().update("TRUNCATE " + partition);
            return;
        }
        jdbc.update("DELETE FROM object_history WHERE object_type = :type", new MapSqlParameterSource("type", objectType));
    }

    /** The partition of an object type's lines on PostgreSQL, named after the type: lot, engineering-change... */
    static String partition(String objectType) {
        if (!objectType.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("object types are lower-case words joined by hyphens: " + objectType);
        }
        return "object_history_" + objectType.replace('-', '_');
    }

    public Page<HistoryEntry> page(String objectType, String objectId, PageQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource("type", objectType).addValue("id", objectId);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM object_history WHERE object_type = :type AND object_id = :id",
                params, Long.class);
        List<HistoryEntry> items = jdbc.query("SELECT * FROM object_history WHERE object_type = :type AND object_id = :id"
                        + " ORDER BY occurred_at ASC, entry_no ASC" + query.limit(), params,
                (rs, n) -> new HistoryEntry(rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("event_type"), rs.getString("actor"), Sql.instant(rs, "occurred_at"),
                        rs.getString("summary")));
        return new Page<>(items, query.page(), query.size(), total == null ? 0 : total);
    }

    private static String actorFromMetaData() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Object actor = CurrentUnitOfWork.get().getMessage().getMetaData().get(ACTOR);
        return actor == null ? null : actor.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
