package org.specloop.loop.policy;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.contracts.lot.HoldLot;
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
 * Holds the lots a drift change names, several at a time. Each lot is an aggregate of its own; held one
 * after the other from loop-feedback's one thread, a change on a busy source (hundreds of later lots) kept
 * the whole group waiting, and it was the last group at the head in the plant benchmark. Each hold runs in
 * its own unit of work on a small pool, with the correlation data of the event that caused it, and this
 * returns once every lot was held or refused. A refusal (a lot already rejected, say) is logged, as before,
 * and does not stop the others; a hold sent again after a retried batch is refused the same way.
 */
@Component
class LotHolds implements DisposableBean {
    static final int THREADS = 4;
    private static final Logger log = LoggerFactory.getLogger(LotHolds.class);
    private final CommandGateway commands;
    private final ExecutorService pool;

    LotHolds(CommandGateway commands) {
        this.commands = commands;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "loop-lot-hold-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Holds one lot in the caller's thread (a lot received while a drift change is open). */
    void hold(String lotId, String reason) {
        send(lotId, new HoldLot(lotId, reason, LoopActors.SPC));
    }

    /** Holds every lot, up to {@link #THREADS} at a time, and returns when all were handled. */
    void holdAll(List<String> lotIds, String reason) {
        MetaData correlation = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getCorrelationData() : MetaData.emptyInstance();
        List<Future<?>> sent = new ArrayList<>(lotIds.size());
        for (String lotId : lotIds) {
            // a pool thread has no unit of work: the cause's correlation data goes with the command explicitly
            Object hold = GenericCommandMessage.asCommandMessage(new HoldLot(lotId, reason, LoopActors.SPC)).andMetaData(correlation);
            sent.add(pool.submit(() -> send(lotId, hold)));
        }
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a lot hold failed unexpectedly", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sent.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while lots were being held", e);
            }
        }
    }

    private void send(String lotId, Object hold) {
        try {
            commands.sendAndWait(hold);
        } catch (RuntimeException refused) {
            log.info("lot {} not held: {}", lotId, refused.getMessage());
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
