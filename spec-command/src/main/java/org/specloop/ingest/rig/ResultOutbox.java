package org.specloop.ingest.rig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Commands the engine decided under its lock (a point's result, a run's completion), sent to
 * MotorTestRun after the lock is released: a command waits for the event store, and while one
 * consumer thread waited with the lock held, the other could not take in a single sample.
 *
 * <p>One thread drains at a time. Within a run the commands go one after another in the order
 * decided, so a run's completion never overtakes its last result; different runs are different
 * aggregates and go in parallel (a fleet finishing its points together used to queue behind one
 * database round trip per result: 20 results a second on the 2-core benchmark machine). A command
 * leaves the queue only once it is stored; one that fails stays, with the rest of its run behind
 * it, and is sent again. The engine stores no state until the queue is empty (see
 * RigIngestEngine#flush), so stored state never says "recorded" about a result that is not in the
 * event store.
 */
final class ResultOutbox {

    private static final int SENDERS = 8;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private record Command(String runId, Runnable send) {
    }

    private final ReentrantLock sending = new ReentrantLock();
    private final List<Command> queue = new ArrayList<>();
    private ExecutorService senders;

    synchronized void add(String runId, Runnable send) {
        queue.add(new Command(runId, send));
    }

    synchronized boolean isEmpty() {
        return queue.isEmpty();
    }

    /**
     * Sends what is queued, unless another thread is sending already (it takes these along).
     *
     * @return false when another thread was sending, true when the queue was drained here
     */
    boolean trySend() {
        if (!sending.tryLock()) {
            return false;
        }
        try {
            drain();
            return true;
        } finally {
            sending.unlock();
        }
    }

    /** Sends everything queued, waiting for a thread that is sending already. */
    void send() {
        sending.lock();
        try {
            drain();
        } finally {
            sending.unlock();
        }
    }

    private void drain() {
        for (Map<String, List<Command>> runs = byRun(); !runs.isEmpty(); runs = byRun()) {
            if (runs.size() == 1) {
                sendInOrder(runs.values().iterator().next());
                continue;
            }
            List<Future<?>> sent = new ArrayList<>(runs.size());
            for (List<Command> commands : runs.values()) {
                sent.add(senders().submit(() -> sendInOrder(commands)));
            }
            RuntimeException failure = null;
            for (Future<?> f : sent) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failure = failure != null ? failure
                            : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = failure != null ? failure : new IllegalStateException("interrupted while sending results", e);
                }
            }
            if (failure != null) {
                throw failure; // every other run's commands are stored and gone from the queue
            }
        }
    }

    private void sendInOrder(List<Command> commands) {
        for (Command c : commands) {
            c.send().run();
            remove(c);
        }
    }

    /** The queue as it is now, grouped by run, each run's commands in the order decided. */
    private synchronized Map<String, List<Command>> byRun() {
        Map<String, List<Command>> runs = new LinkedHashMap<>();
        for (Command c : queue) {
            runs.computeIfAbsent(c.runId(), k -> new ArrayList<>()).add(c);
        }
        return runs;
    }

    private synchronized void remove(Command sent) {
        queue.remove(sent);
    }

    private synchronized ExecutorService senders() {
        if (senders == null) {
            int pool = POOLS.incrementAndGet();
            AtomicInteger thread = new AtomicInteger();
            senders = Executors.newFixedThreadPool(SENDERS, r -> {
                Thread t = new Thread(r, "ingest-rig-results-" + pool + "-" + thread.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return senders;
    }
}
