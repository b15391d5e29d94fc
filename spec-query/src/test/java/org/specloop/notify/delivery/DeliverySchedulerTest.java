package org.specloop.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.specloop.notify.outbox.OutboxSignal;

class DeliverySchedulerTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);

    @Test
    void rowsQueuedOnThisNodeAreDeliveredWithoutWaitingForThePoll() throws Exception {
        OutboxSignal queued = new OutboxSignal();
        CountDownLatch rounds = new CountDownLatch(1);
        DeliveryScheduler scheduler = new DeliveryScheduler(() -> {
            rounds.countDown();
            return 0;
        }, queued, AN_HOUR);
        scheduler.start();
        try {
            queued.wake();
            assertThat(rounds.await(10, TimeUnit.SECONDS)).as("a round after the wake, long before the hourly poll").isTrue();
        } finally {
            scheduler.stop();
        }
        assertThat(scheduler.isRunning()).isFalse();
    }

    @Test
    void withoutAWakeTheLoopPollsAndAfterADeliveringRoundItGoesAgainAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        // the first two rounds deliver something (more may be due), the third finds nothing
        DeliveryScheduler scheduler = new DeliveryScheduler(() -> {
            third.countDown();
            return calls.incrementAndGet() <= 2 ? 5 : 0;
        }, new OutboxSignal(), Duration.ofMillis(50));
        scheduler.start();
        try {
            assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.stop();
        }
    }

    @Test
    void aFailedRoundDoesNotStopTheLoop() throws Exception {
        CountDownLatch second = new CountDownLatch(2);
        DeliveryScheduler scheduler = new DeliveryScheduler(() -> {
            second.countDown();
            throw new IllegalStateException("database away");
        }, new OutboxSignal(), Duration.ofMillis(20));
        scheduler.start();
        try {
            assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.stop();
        }
    }

    @Test
    void insideAUnitOfWorkTheWakeWaitsForTheCommitAndARollbackNeverWakes() throws Exception {
        OutboxSignal signal = new OutboxSignal();
        DefaultUnitOfWork<?> committed = DefaultUnitOfWork.startAndGet(null);
        signal.wakeAfterCommit();
        signal.wakeAfterCommit();
        assertThat(signal.await(Duration.ofMillis(10))).as("rows not committed yet").isFalse();
        committed.commit();
        assertThat(signal.await(Duration.ofMillis(10))).isTrue();

        DefaultUnitOfWork<?> rolledBack = DefaultUnitOfWork.startAndGet(null);
        signal.wakeAfterCommit();
        rolledBack.rollback();
        assertThat(signal.await(Duration.ofMillis(10))).isFalse();
    }

    @Test
    void aWakeBeforeTheWaitIsNotLostAndAWaitWithoutOneTimesOut() throws Exception {
        OutboxSignal signal = new OutboxSignal();
        signal.wake();
        assertThat(signal.await(AN_HOUR)).isTrue();
        assertThat(signal.await(Duration.ofMillis(10))).isFalse();
    }
}
