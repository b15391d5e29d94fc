package org.specloop.app.axon;

import org.axonframework.common.lock.DeadlockException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Which failures of an event handler park the event, and which make the processor handle its batch again. A
 * failure that says nothing about the event (two policies' batches waiting for each other's aggregate locks, a
 * database deadlock or serialization failure, the database gone for a moment) is not the event's fault: parked,
 * it held back every later event of its sequence, and on a busy part the sequence outgrew the dead-letter
 * queue, whose overflow then stopped the processor's segment (the plant benchmark hung this way). Such a
 * failure is thrown on, so the processor rolls the batch back and handles it again after its back-off, with
 * the locks of the other batch released. Every other failure parks the event with its cause, as before. A
 * retry of parked events (the dead-letter API) keeps a transient failure parked, for the next retry.
 */
final class TransientFailures implements EnqueuePolicy<EventMessage<?>> {
    /** PostgreSQL: serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "55P03");
    private static final int CAUSES_LOOKED_AT = 10;

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (transientFailure(cause) && inProcessorBatch()) {
            throw new TransientHandlingFailure(cause);
        }
        return Decisions.enqueue(cause);
    }

    static boolean transientFailure(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < CAUSES_LOOKED_AT; depth++, cause = cause.getCause()) {
            if (cause instanceof DeadlockException || cause instanceof LockAcquisitionFailedException
                    || cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && TRANSIENT_SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A streaming processor's batch, which it handles again on failure; a dead-letter retry runs in a plain one. */
    private static boolean inProcessorBatch() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>;
    }

    /** The batch fails for a reason outside the event; the processor handles it again. */
    static final class TransientHandlingFailure extends RuntimeException {
        TransientHandlingFailure(Throwable cause) {
            super("handled again after a transient failure: " + cause, cause);
        }
    }
}
