package org.specloop.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * What a replay test compares before and after: the number of stored events once the store is quiet, and
 * a processing group's tables row by row (order-free), so that "a replay sends nothing and rebuilds the
 * same rows" is one check for every group.
 */
public final class StoreSnapshots {
    private StoreSnapshots() {
    }

    /** Every processor at the head and no event added for a second: what the store holds before a replay. */
    public static long quietEventCount(JdbcTemplate jdbc, ApiClient api) throws Exception {
        eventually(Duration.ofSeconds(60), Duration.ofMillis(200), () -> {
            for (JsonNode p : api.get("/api/admin/processors", TestUsers.ADMIN.username).body()) {
                assertThat(p.path("lag").asLong()).as(p.path("name").asText()).isZero();
            }
            long before = eventCount(jdbc);
            Thread.sleep(1000);
            assertThat(eventCount(jdbc)).isEqualTo(before);
        });
        return eventCount(jdbc);
    }

    public static long eventCount(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    /** Each table's rows as sorted strings, in the order the tables are given. */
    public static List<List<String>> rows(JdbcTemplate jdbc, List<String> tables) {
        return rows(jdbc, tables, Set.of());
    }

    /**
     * As {@link #rows(JdbcTemplate, List)}, without the columns that say when a row was written rather than what it
     * holds (a replay writes the same facts at other moments).
     */
    public static List<List<String>> rows(JdbcTemplate jdbc, List<String> tables, Set<String> writeStamps) {
        return tables.stream().map(table -> jdbc.queryForList("SELECT * FROM " + table).stream()
                .map(row -> {
                    // the driver's rows are case-insensitive maps: H2 names the columns in capitals
                    writeStamps.forEach(row::remove);
                    return row.values().toString();
                }).sorted().toList()).toList();
    }
}
