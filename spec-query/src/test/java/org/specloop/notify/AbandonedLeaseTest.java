package org.specloop.notify;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRepository;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database goes away while a node stores the outcome of a send (a PostgreSQL restart): the node
 * knows nobody is sending that row, so the row and the rows behind it go out at the next poll once
 * the database answers, not only when the lease (a minute here, two by default) has run out.
 */
class AbandonedLeaseTest {
    private final AtomicInteger failingOutcomes = new AtomicInteger();
    private final AtomicInteger failingOtherStatements = new AtomicInteger();
    private final NotifyFixture notify = new NotifyFixture(List.of(Duration.ofMinutes(1)), "", FailingOutbox::new);
    private final WebhookReceiver receiver;
    private final Subscription acme;

    AbandonedLeaseTest() throws Exception {
        receiver = new WebhookReceiver();
        acme = notify.subscribe("acme", Set.of("P-ACME"), Channel.webhook(receiver.url(), List.of(WebhookSignature.newSecret())));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
    }

    @AfterEach
    void close() {
        receiver.close();
        notify.close();
    }

    @Test
    void a_row_whose_outcome_could_not_be_stored_goes_out_again_at_the_next_poll_with_the_rows_behind_it() {
        notify.publish(Events.lotHeld("LOT-1"));
        notify.publish(Events.lotReleased("LOT-1"));
        failingOutcomes.set(1);

        assertThat(notify.worker.runOnce()).isZero();
        assertThat(receiver.received()).hasSize(1);
        assertThat(notify.worker.runOnce()).isEqualTo(2);

        assertThat(notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10)).hasSize(2);
        assertThat(receiver.received()).extracting(r -> r.header("webhook-id")).hasSize(3)
                .first().isEqualTo(receiver.received().get(1).header("webhook-id"));
    }

    @Test
    void another_nodes_lease_is_left_alone() {
        notify.publish(Events.lotHeld("LOT-1"));
        long seq = notify.outbox.ofSubscription(acme.id(), null, 10).get(0).seq();
        Instant now = notify.clock.instant();
        assertThat(notify.outbox.claim(seq, "node2", now, now.plus(Duration.ofMinutes(1)))).isTrue();

        assertThat(notify.outbox.releaseLease(seq, now.plus(Duration.ofMinutes(2)))).isFalse();
        assertThat(notify.worker.runOnce()).isZero();
        assertThat(receiver.received()).isEmpty();
    }

    /** kill -9 of a node mid-send: restarted under its id, it sends the row and the rows behind it at once. */
    @Test
    void a_node_restarted_under_its_id_gives_back_the_leases_its_previous_process_died_with() {
        notify.publish(Events.lotHeld("LOT-1"));
        notify.publish(Events.lotReleased("LOT-1"));
        long head = notify.outbox.ofSubscription(acme.id(), null, 10).get(1).seq();
        Instant now = notify.clock.instant();
        assertThat(notify.outbox.claim(head, NotifyFixture.NODE, now, now.plus(Duration.ofMinutes(1)))).isTrue();

        assertThat(notify.worker.runOnce()).isEqualTo(2);
        assertThat(receiver.received()).hasSize(2);
        assertThat(notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10)).hasSize(2);
    }

    @Test
    void while_the_database_is_still_down_the_lease_waits_for_the_next_poll() {
        notify.publish(Events.lotHeld("LOT-1"));
        failingOutcomes.set(1);

        notify.worker.runOnce();
        failingOtherStatements.set(2); // the release at the next poll, then that poll's read
        assertThatThrownBy(notify.worker::runOnce).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(notify.worker.runOnce()).isEqualTo(1);
        assertThat(notify.outbox.ofSubscription(acme.id(), DeliveryStatus.DELIVERED, 10)).hasSize(1);
    }

    /** Fails its next writes and reads as a restarting database does, as many times as the test says. */
    private final class FailingOutbox extends OutboxRepository {
        FailingOutbox(JdbcTemplate jdbc) {
            super(jdbc);
        }

        private void maybeDown(AtomicInteger failuresLeft) {
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new DataAccessResourceFailureException("FATAL: terminating connection due to administrator command");
            }
        }

        @Override
        public void markDelivered(long seq, int attempts, Integer status, Instant now) {
            maybeDown(failingOutcomes);
            super.markDelivered(seq, attempts, status, now);
        }

        @Override
        public boolean releaseLease(long seq, Instant leaseUntil) {
            maybeDown(failingOtherStatements);
            return super.releaseLease(seq, leaseUntil);
        }

        @Override
        public List<org.specloop.notify.outbox.OutboxRow> dueHeads(Instant now, int limit) {
            maybeDown(failingOtherStatements);
            return super.dueHeads(now, limit);
        }
    }
}
