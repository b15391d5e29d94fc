package org.specloop.command.lot.policy;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 * benchmark). Here they run on a small pool, carrying the correlation data of the event that caused them,
 * {@value #LOTS_PER_TRANSACTION} lots to a unit of work and transaction: one commit and one append of their
 * events instead of one per lot (each lot's own unit of work is nested in it). A lot whose evaluation fails
 * rolls its chunk back, and the chunk is sent again lot by lot, each in its own transaction, so the others
 * are stored and the failure is that lot's own. The handler returns once all of them have been handled; the
 * first failure is rethrown, so the event is retried or dead-lettered as before. An evaluation sent again is
 * harmless: it records the same verdict against the same revision.
 */
@Component
class Reevaluations implements DisposableBean {
    static final int THREADS = 4;
    static final int LOTS_PER_TRANSACTION = 50;
    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final ExecutorService pool;

    Reevaluations(CommandGateway commands, TransactionManager transactions) {
        this.commands = commands;
        this.transactions = transactions;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "lot-reevaluation-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void sendAll(List<?> evaluations) {
        MetaData correlation = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getCorrelationData() : MetaData.emptyInstance();
        List<Future<?>> sent = new ArrayList<>();
        for (int from = 0; from < evaluations.size(); from += LOTS_PER_TRANSACTION) {
            List<?> chunk = evaluations.subList(from, Math.min(from + LOTS_PER_TRANSACTION, evaluations.size()));
            sent.add(pool.submit(() -> sendChunk(chunk, correlation)));
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

    private void sendChunk(List<?> chunk, MetaData correlation) {
        UnitOfWork<?> chunkWork = DefaultUnitOfWork.startAndGet(null);
        chunkWork.attachTransaction(transactions);
        try {
            chunk.forEach(evaluation -> send(evaluation, correlation));
            chunkWork.commit();
        } catch (RuntimeException failed) {
            if (chunkWork.isActive()) {
                chunkWork.rollback(failed);
            }
            chunk.forEach(evaluation -> send(evaluation, correlation));
        }
    }

    private void send(Object evaluation, MetaData correlation) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(evaluation).andMetaData(correlation));
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
