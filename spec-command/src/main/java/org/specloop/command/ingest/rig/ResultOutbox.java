package org.specloop.command.ingest.rig;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Commands the engine decided under its lock (a point's result, a run's completion), sent to
 * MotorTestRun after the lock is released: a command waits for the event store, and while one
 * consumer thread waited with the lock held, the other could not take in a single sample.
 * One thread sends at a time, in the order decided, so a run's completion never overtakes its
 * last result. A command leaves the queue only once it is stored; one that fails stays first
 * and is sent again. The engine stores no state until the queue is empty (see RigIngestEngine#flush),
 * so stored state never says "recorded" about a result that is not in the event store.
 */
final class ResultOutbox {

    private final ReentrantLock sending = new ReentrantLock();
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

    synchronized void add(Runnable send) {
        queue.addLast(send);
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
        for (Runnable next = peek(); next != null; next = peek()) {
            next.run();
            remove(next);
        }
    }

    private synchronized Runnable peek() {
        return queue.peekFirst();
    }

    private synchronized void remove(Runnable sent) {
        if (queue.peekFirst() == sent) {
            queue.removeFirst();
        }
    }
}
