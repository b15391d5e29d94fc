package org.specloop.app.axon;

import org.axonframework.common.lock.DeadlockException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failure outside the event is handled again by the processor; one of the event parks it. */
class TransientFailuresTest {
    private final TransientFailures policy = new TransientFailures();
    private final EventMessage<Object> event = GenericEventMessage.asEventMessage("a lot received");

    @Test
    void locksDeadlocksAndAnAbsentDatabaseAreTransient() {
        assertThat(TransientFailures.transientFailure(new DeadlockException("imminent deadlock"))).isTrue();
        assertThat(TransientFailures.transientFailure(new CannotAcquireLockException("lock timeout"))).isTrue();
        assertThat(TransientFailures.transientFailure(new DataAccessResourceFailureException("connection refused"))).isTrue();
        // PostgreSQL's deadlock_detected, untranslated, under a handler's own exception
        assertThat(TransientFailures.transientFailure(new IllegalStateException("evaluation failed",
                new UncategorizedSQLException("update", "UPDATE q_lot", new SQLException("deadlock detected", "40P01"))))).isTrue();
    }

    @Test
    void whatTheEventBreaksIsNotTransient() {
        assertThat(TransientFailures.transientFailure(new DataIntegrityViolationException("value too long"))).isFalse();
        assertThat(TransientFailures.transientFailure(new IllegalArgumentException("unknown characteristic"))).isFalse();
        assertThat(TransientFailures.transientFailure(new SQLException("syntax error", "42601"))).isFalse();
    }

    @Test
    void aTransientFailureInAProcessorBatchFailsTheBatch() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(event));
        DeadlockException deadlock = new DeadlockException("imminent deadlock");

        batch.executeWithResult(() -> {
            assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("LOT-1", event, deadlock), deadlock))
                    .isInstanceOf(TransientFailures.TransientHandlingFailure.class).hasCause(deadlock);
            EnqueueDecision<EventMessage<?>> parked = policy.decide(new GenericDeadLetter<>("LOT-1", event),
                    new IllegalArgumentException("unknown characteristic"));
            assertThat(parked.shouldEnqueue()).isTrue();
            return null;
        });
    }

    /** A retry of a parked event (the dead-letter API) keeps it parked: the operator retries again. */
    @Test
    void aTransientFailureOfARetryKeepsTheEventParked() {
        DefaultUnitOfWork<EventMessage<Object>> retry = DefaultUnitOfWork.startAndGet(event);
        try {
            DeadlockException deadlock = new DeadlockException("imminent deadlock");
            assertThat(policy.decide(new GenericDeadLetter<>("LOT-1", event, deadlock), deadlock).shouldEnqueue()).isTrue();
        } finally {
            retry.rollback();
        }
    }
}
