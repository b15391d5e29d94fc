package org.specloop.loop.policy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retried dead letter and a live batch of the loop never decide at once: the second unit of work waits at the
 * lock until the first has committed, and then goes on.
 */
class LoopLockTest {
    private final JdbcTemplate jdbc = database();
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    private final LoopLock lock = new LoopLock(jdbc);

    @Test
    void aSecondUnitOfWorkWaitsUntilTheFirstHasCommitted() throws Exception {
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        AtomicBoolean firstDone = new AtomicBoolean();
        AtomicBoolean secondSawFirstDone = new AtomicBoolean();

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> handle(() -> {
            firstHolds.countDown();
            await(firstMayCommit);
            firstDone.set(true);
        }));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> handle(() -> secondSawFirstDone.set(firstDone.get())));

        // the second is still at the lock while the first holds it
        assertThat(second).failsWithin(300, TimeUnit.MILLISECONDS);
        firstMayCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(secondSawFirstDone).isTrue();
    }

    /** One unit of work of the group: its transaction, the lock, then the handlers (here the given work). */
    private void handle(Runnable work) {
        transaction.executeWithoutResult(status -> {
            EventMessage<Object> event = GenericEventMessage.asEventMessage("event");
            DefaultUnitOfWork<EventMessage<Object>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
            try {
                unitOfWork.executeWithResult(() -> lock.handle(unitOfWork, () -> {
                    work.run();
                    return null;
                }));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JdbcTemplate database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
