package org.specloop.app.axon;

import org.axonframework.eventhandling.Segment;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release that runs loop-feedback in one segment keeps the token of the segment that handled its one
 * sequence (the others only moved on past its events) as that one segment, so the loop goes on where it was:
 * neither skipping events nor handling them twice. Other processors' tokens are not touched.
 */
class LoopSegmentMergeTest {
    private static final String LOOP = "loop-feedback";

    @Test
    void theSegmentThatOwnedTheLoopsSequenceBecomesItsOnlyOne() {
        JdbcTemplate jdbc = migratedTo("12.170");
        tokens(jdbc, LOOP, 8);
        tokens(jdbc, "sourcing", 8);
        // the one of eight segments the old sequence (named after the group) hashed to
        int owner = IntStream.range(0, 8).filter(i -> Segment.splitBalanced(Segment.ROOT_SEGMENT, 7).get(i).matches(LOOP))
                .findFirst().orElseThrow();

        migrate(jdbc, "latest");

        assertThat(jdbc.queryForList("SELECT segment, owner FROM token_entry WHERE processorName = ?", LOOP))
                .containsExactly(Map.of("SEGMENT", 0, "OWNER", "segment-" + owner));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processorName = 'sourcing'", Integer.class))
                .isEqualTo(8);
    }

    @Test
    void aLoopInOneSegmentOrNotStartedYetIsLeftAsItIs() {
        JdbcTemplate jdbc = migratedTo("12.170");
        tokens(jdbc, LOOP, 1);

        migrate(jdbc, "latest");

        assertThat(jdbc.queryForList("SELECT segment, owner FROM token_entry WHERE processorName = ?", LOOP))
                .containsExactly(Map.of("SEGMENT", 0, "OWNER", "segment-0"));
    }

    /** The default embedded set-up split processors in two: the sequence was in segment 0. */
    @Test
    void twoSegmentsBecomeTheFirst() {
        JdbcTemplate jdbc = migratedTo("12.170");
        tokens(jdbc, LOOP, 2);
        assertThat(Segment.splitBalanced(Segment.ROOT_SEGMENT, 1).get(0).matches(LOOP)).isTrue();

        migrate(jdbc, "latest");

        assertThat(jdbc.queryForList("SELECT segment, owner FROM token_entry WHERE processorName = ?", LOOP))
                .containsExactly(Map.of("SEGMENT", 0, "OWNER", "segment-0"));
    }

    /** The owner column stands in for the token: it tells which segment's row is left. */
    private static void tokens(JdbcTemplate jdbc, String processor, int segments) {
        for (int segment = 0; segment < segments; segment++) {
            jdbc.update("INSERT INTO token_entry (processorName, segment, owner) VALUES (?, ?, ?)", processor, segment,
                    "segment-" + segment);
        }
    }

    private static JdbcTemplate migratedTo(String version) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        migrate(jdbc, version);
        return jdbc;
    }

    private static void migrate(JdbcTemplate jdbc, String target) {
        Flyway.configure().dataSource(jdbc.getDataSource())
                .locations(List.of("classpath:db/migration/h2", "classpath:db/migration/command", "classpath:db/migration/query",
                        "classpath:db/migration/loop").toArray(String[]::new))
                .target(target).load().migrate();
    }
}
