package org.specloop.notify;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * notify-outbox reads and writes its lots once per processor batch (SubjectBatch) and its subscriptions and
 * grants once per batch (OutboxWriter): a batch must queue and remember what its events did one by one.
 */
class NotifyBatchTest {
    private final NotifyFixture batched = new NotifyFixture(List.of(Duration.ofSeconds(5)), "");
    private final NotifyFixture oneByOne = new NotifyFixture(List.of(Duration.ofSeconds(5)), "");
    private final Channel hook = Channel.webhook("http://127.0.0.1:1/hook", List.of(WebhookSignature.newSecret()));

    @AfterEach
    void close() {
        batched.close();
        oneByOne.close();
    }

    @Test
    void a_batch_with_several_events_of_one_lot_queues_what_they_queue_one_by_one() throws Exception {
        Subscription inBatches = batched.subscribe("acme", Set.of("P-ACME"), hook);
        Subscription single = oneByOne.subscribe("acme", Set.of("P-ACME"), hook);
        List<Object> events = List.of(Events.specCreated("SPEC-1", "P-ACME"), Events.lotReceived("LOT-1", "P-ACME"),
                Events.lotHeld("LOT-1"), Events.lotReceived("LOT-2", "P-ACME"), Events.lotReleased("LOT-1"),
                Events.lotHeld("LOT-2"), Events.lotRejected("LOT-2"), Events.lotReleased("LOT-9"));

        batched.publishInOneBatch(messages(batched, events, "e"));
        for (int i = 0; i < events.size(); i++) {
            oneByOne.publish(events.get(i), "e" + i);
        }

        assertThat(queued(batched, inBatches)).isEqualTo(queued(oneByOne, single)).containsExactly(
                "LOT-1 held from RECEIVED (SPEC-1)", "LOT-1 released from HELD (SPEC-1)", "LOT-2 held from RECEIVED (SPEC-1)",
                "LOT-2 rejected from HELD (SPEC-1)");
        assertThat(lots(batched)).isEqualTo(lots(oneByOne)).containsExactly("LOT-1 P-ACME RELEASED null",
                "LOT-2 P-ACME REJECTED Held pending an engineering change: its declared supply chain differs from the qualified one");
    }

    @Test
    void a_lot_an_earlier_batch_stored_is_read_and_changed_by_the_next() throws Exception {
        Subscription acme = batched.subscribe("acme", Set.of("P-ACME"), hook);
        batched.publishInOneBatch(messages(batched, List.of(Events.lotReceived("LOT-1", "P-ACME")), "first"));

        batched.publishInOneBatch(messages(batched, List.of(Events.lotHeld("LOT-1"), Events.lotReleased("LOT-1"),
                Events.lotHeld("LOT-1")), "second"));

        assertThat(queued(batched, acme)).containsExactly("LOT-1 held from RECEIVED (-)", "LOT-1 released from HELD (-)",
                "LOT-1 held from RELEASED (-)");
        assertThat(lots(batched)).containsExactly(
                "LOT-1 P-ACME HELD Held pending an engineering change: its declared supply chain differs from the qualified one");
    }

    @Test
    void a_batch_handled_again_queues_nothing_more_and_a_replay_queues_nothing_and_rebuilds_the_lots() throws Exception {
        Subscription acme = batched.subscribe("acme", Set.of("P-ACME"), hook);
        List<Object> events = List.of(Events.specCreated("SPEC-1", "P-ACME"), Events.lotReceived("LOT-1", "P-ACME"),
                Events.lotHeld("LOT-1"), Events.lotRejected("LOT-1"));
        batched.publishInOneBatch(messages(batched, events, "e"));
        List<String> live = queued(batched, acme);
        List<String> lotsLive = lots(batched);

        batched.publishInOneBatch(messages(batched, events, "e"));
        assertThat(queued(batched, acme)).as("handled again").isEqualTo(live).hasSize(2);
        assertThat(lots(batched)).isEqualTo(lotsLive);

        // as the reset handler (package-private) does before a replay
        batched.db.jdbc.update("DELETE FROM notify_lot");
        batched.db.jdbc.update("DELETE FROM notify_specification");
        List<EventMessage<?>> replay = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            replay.add(batched.replayed(events.get(i), "e" + i, i));
        }
        batched.publishInOneBatch(replay);
        assertThat(queued(batched, acme)).as("replayed").isEqualTo(live);
        assertThat(lots(batched)).isEqualTo(lotsLive);
    }

    private static List<EventMessage<?>> messages(NotifyFixture fixture, List<Object> events, String idPrefix) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(fixture.message(events.get(i), idPrefix + i));
        }
        return messages;
    }

    /** Each queued row in queue order: subject, kind, previous state and specification of its data. */
    private static List<String> queued(NotifyFixture fixture, Subscription subscription) throws Exception {
        List<OutboxRow> rows = new ArrayList<>(fixture.outbox.ofSubscription(subscription.id(), null, 100));
        Collections.reverse(rows);
        List<String> lines = new ArrayList<>();
        for (OutboxRow row : rows) {
            JsonNode data = fixture.db.json.readTree(row.body()).path("data");
            String type = row.eventType().replace("org.specloop.lot.", "").replace(".v1", "");
            lines.add(row.subject() + " " + type + " from " + data.path("previousState").asText() + " ("
                    + (row.specificationId() == null ? "-" : row.specificationId()) + ")");
        }
        return lines;
    }

    private static List<String> lots(NotifyFixture fixture) {
        return fixture.db.jdbc.queryForList("SELECT lot_id || ' ' || part_number || ' ' || state || ' ' || COALESCE(hold_reason, 'null')"
                + " FROM notify_lot ORDER BY lot_id", String.class);
    }
}
