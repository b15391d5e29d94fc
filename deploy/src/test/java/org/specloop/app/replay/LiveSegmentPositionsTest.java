package org.specloop.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator (and the plant benchmark) reads a group at the head as soon as this node has handled and
 * committed every event, not when the segments that only skipped events next store their tokens. Claims
 * are renewed every two minutes here, so a view read from the token store alone would show those
 * segments behind for the whole test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"specloop.event-store.token-refresh=120s", "specloop.event-store.initial-segments=4"})
@ActiveProfiles("test")
class LiveSegmentPositionsTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGroupIsAtTheHeadOnceThisNodeHasHandledEveryEvent() {
        long head = registerSource("MINE-LIVE-", "Live Mine");

        JsonNode group = awaitAtHead("query-sources", head);

        assertThat(group.path("segments").size()).as("segments of query-sources").isGreaterThan(1);
        for (JsonNode segment : group.path("segments")) {
            // one segment handled the source's event; the others skipped it and stored nothing yet
            assertThat(segment.path("claimedHere").asBoolean()).isTrue();
            assertThat(segment.path("position").asLong()).as("segment %s", segment.path("segment")).isGreaterThanOrEqualTo(head);
        }
    }

    @Test
    void aFinishedReplayMayBeStartedAgainAtOnce() {
        long head = registerSource("MINE-AGAIN-", "Again Mine");
        awaitAtHead("query-sources", head);

        assertThat(api().post("/api/admin/processors/query-sources/replay", "admin", "{}").status()).isEqualTo(202);
        JsonNode done = awaitReplayed("query-sources", head);

        // the segments that only skipped events still store their replay tokens (claims renewed every 120 s)
        ApiClient.Response again = api().post("/api/admin/processors/query-sources/replay", "admin", "{}");
        assertThat(again.status()).as("second replay after %s: %s", done, again.body()).isEqualTo(202);
        awaitReplayed("query-sources", head);
    }

    /** Registers a source as a quality engineer; the store's head after it. */
    private long registerSource(String prefix, String name) {
        String source = prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api().post("/api/sources", "qe.alice", """
                {"sourceId":"%s","name":"%s","tier":"MINE","country":"AU"}""".formatted(source, name)).status())
                .isEqualTo(201);
        return jdbc.queryForObject("SELECT MAX(globalIndex) FROM domain_event_entry", Long.class);
    }

    private JsonNode awaitReplayed(String group, long head) {
        return await(group, head, view -> !view.path("replaying").asBoolean(), "replayed to");
    }

    private JsonNode awaitAtHead(String group, long head) {
        return await(group, head, view -> true, "at");
    }

    /** Polls the group's admin view until it is at the head (lag 0) and the condition holds, for 20 s. */
    private JsonNode await(String group, long head, Predicate<JsonNode> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = api().get("/api/admin/processors/" + group, "admin").body();
            if (last.path("lag").asLong() == 0 && last.path("head").asLong() >= head && condition.test(last)) {
                return last;
            }
            ReplayScenario.sleep(50);
        }
        throw new AssertionError(group + " not " + what + " the head " + head + " within 20 s (claims renewed every 120 s): "
                + last);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
