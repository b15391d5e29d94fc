package org.specloop.app.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command only when another writer appended to the same aggregate first (a unique
 * (aggregate, sequence) violation on any node). The retry re-reads the aggregate, so its rules
 * see the other writer's events: two concurrent approvals end with one approval and one refusal.
 * Business-rule refusals and creation of an existing aggregate are never retried.
 */
public class ConcurrencyRetryScheduler implements RetryScheduler {
    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long baseDelayMillis;

    public ConcurrencyRetryScheduler(ScheduledExecutorService executor, int maxRetries, long baseDelayMillis) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.baseDelayMillis = baseDelayMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!isConcurrentAppend(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        // jitter spreads nodes that collided once so they do not collide again in lock step
        long delay = baseDelayMillis * failures.size() + ThreadLocalRandom.current().nextLong(baseDelayMillis + 1);
        executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean isConcurrentAppend(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return false;
            }
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
