package org.specloop.command.lot.policy;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the evaluations a newly effective revision asks for, several at a time. Each lot is an aggregate
 * of its own and its evaluation a command of its own; sent one after the other from the processor's thread,
 * inside its one transaction, 921 lots took 3.4 s and 10,000 would have taken over half a minute (the plant
 * benchmark). Here each command runs in its own unit of work and transaction on a small pool, carrying the
 * correlation data of the event that caused it, and the handler returns once all of them have been
 * handled; the first failure is rethrown, so the event is retried or dead-lettered as before. An
 * evaluation sent again after a retry is harmless: it records the same verdict against the same revision.
 */
@Component
class Reevaluations implements DisposableBean {
    static final int THREADS = 4;
    private final CommandGateway commands;
    private final ExecutorService pool;

    Reevaluations(CommandGateway commands) {
        this.commands = commands;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "lot-reevaluation-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void sendAll(List<?> evaluations) {
        MetaData correlation = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getCorrelationData() : MetaData.emptyInstance();
        List<Future<?>> sent = new ArrayList<>(evaluations.size());
        for (Object evaluation : evaluations) {
            sent.add(pool.submit(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(evaluation).andMetaData(correlation))));
        }
        RuntimeException first = null;
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                first = first != null ? first
                        : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sent.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while lots were being re-evaluated", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
