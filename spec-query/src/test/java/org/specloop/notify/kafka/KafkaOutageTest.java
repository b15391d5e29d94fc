package org.specloop.notify.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.specloop.notify.Events;
import org.specloop.notify.NotifyFixture;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broker outage loses nothing: this test runs its own broker (deploy/kafka/start on port 19392, run
 * dir under target/), stops it while notifications are produced, restarts it and checks that every
 * notification arrives. The broker is stopped and purged afterwards, whatever happened.
 */
@Timeout(180)
class KafkaOutageTest {
    private static final int PORT = 19392;
    private static final String BOOTSTRAP = "127.0.0.1:" + PORT;
    private static final Path DIR = Path.of("target", "kafka-" + PORT).toAbsolutePath();

    @BeforeAll
    static void startBroker() throws Exception {
        KafkaBrokers.script("start", PORT, DIR);
    }

    @AfterAll
    static void stopAndPurgeBroker() throws Exception {
        KafkaBrokers.script("stop", PORT, DIR, "--purge");
    }

    @Test
    void notifications_made_while_the_broker_is_down_arrive_once_it_is_back() throws Exception {
        try (NotifyFixture notify = new NotifyFixture(List.of(Duration.ofSeconds(5)), BOOTSTRAP)) {
            String topic = notify.kafka.topics().topicOf("acme").orElseThrow();
            Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), Channel.kafka(topic));
            notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
            notify.publish(Events.lotReceived("LOT-2", "P-ACME"));
            notify.publish(Events.lotHeld("LOT-1"));
            // the first send also waits for topic metadata; on a loaded machine that can take more than one round
            long warmUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10).isEmpty() && System.nanoTime() < warmUp) {
                notify.worker.runOnce();
                notify.clock.advance(Duration.ofSeconds(6));
            }
            assertThat(notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10)).hasSize(1);

            KafkaBrokers.script("stop", PORT, DIR);
            notify.publish(Events.lotReleased("LOT-1"));
            notify.publish(Events.lotHeld("LOT-2"));
            notify.publish(Events.lotRejected("LOT-2"));
            assertThat(notify.worker.runOnce()).isZero();
            List<OutboxRow> waiting = notify.outbox.ofSubscription(acme.id(), DeliveryStatus.PENDING, 10);
            assertThat(waiting).hasSize(3).allSatisfy(row -> assertThat(row.attempts()).isZero());
            assertThat(waiting).anySatisfy(row -> assertThat(row.lastError()).isNotBlank());

            KafkaBrokers.script("start", PORT, DIR);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!notify.outbox.ofSubscription(acme.id(), DeliveryStatus.PENDING, 10).isEmpty() && System.nanoTime() < deadline) {
                notify.clock.advance(Duration.ofSeconds(1));
                notify.worker.runOnce();
                Thread.sleep(200);
            }

            List<String> expected = notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10).stream()
                    .map(OutboxRow::id).toList();
            assertThat(expected).hasSize(4);
            List<String> ids = new ArrayList<>();
            List<String> lot2 = new ArrayList<>();
            for (TopicReader.Received record : TopicReader.read(BOOTSTRAP, topic, 4, Duration.ofSeconds(30))) {
                JsonNode event = notify.db.json.readTree(record.value());
                ids.add(event.path("id").asText());
                if (record.key().equals("LOT-2")) {
                    lot2.add(event.path("type").asText());
                }
            }
            // at least once: a send that timed out may have reached the broker, so compare distinct ids
            assertThat(ids.stream().distinct().toList()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(lot2.stream().distinct().toList()).containsExactly("org.specloop.lot.held.v1", "org.specloop.lot.rejected.v1");
        }
    }
}
