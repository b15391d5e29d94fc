package org.specloop.app.axon;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.AxonThreadFactory;

/**
 * The coordinator's and the work packages' threads of one pooled streaming processor, as Axon makes them (one
 * coordinator thread, four workers, the same thread names), except that a coordinator waiting for room in its
 * work packages' queues is woken when a work package finishes a batch.
 * <p>
 * Axon's coordinator stops reading events when any of its work packages holds 1,024 of them and looks again
 * {@value #ROOM_WAIT_MILLIS} ms later, however soon the work packages empty their queues: a work package that
 * handles a queue in less time then waits for the rest (in a replay of {@code query-lots} a work package's batch
 * of 1,024 takes some 50 ms). Only waits of up to that length end early: the coordinator's other waits (for new
 * events, for a claim, its back-off after an error: a second and more) keep their length.
 */
final class ProcessorExecutors {
    /** Axon's wait for room in the work packages' queues (Coordinator, 4.12): the only wait this short. */
    static final long ROOM_WAIT_MILLIS = 100;
    private static final int WORKER_THREADS = 4;

    private final long shortWaitMillis;
    private CoordinatorExecutor coordinator;
    private WorkerExecutor workers;

    ProcessorExecutors() {
        this(ROOM_WAIT_MILLIS);
    }

    /** shortWaitMillis: the longest wait of the coordinator's that a finished batch ends. */
    ProcessorExecutors(long shortWaitMillis) {
        this.shortWaitMillis = shortWaitMillis;
    }

    synchronized ScheduledExecutorService coordinator(String processor) {
        if (coordinator == null) {
            coordinator = new CoordinatorExecutor("Coordinator[" + processor + "]", shortWaitMillis);
        }
        return coordinator;
    }

    synchronized ScheduledExecutorService workers(String processor) {
        if (workers == null) {
            workers = new WorkerExecutor("WorkPackage[" + processor + "]", this);
        }
        return workers;
    }

    synchronized void shutdown() {
        if (coordinator != null) {
            coordinator.shutdown();
        }
        if (workers != null) {
            workers.shutdown();
        }
    }

    private synchronized CoordinatorExecutor coordinatorIfStarted() {
        return coordinator;
    }

    /** Runs now every short wait of the coordinator's that has not ended yet. */
    void wakeCoordinator() {
        CoordinatorExecutor started = coordinatorIfStarted();
        if (started != null) {
            started.endShortWaits();
        }
    }

    /** A single thread whose tasks scheduled for a short wait can be run before their time. */
    static final class CoordinatorExecutor extends ScheduledThreadPoolExecutor {
        private final Set<ShortWait> waiting = ConcurrentHashMap.newKeySet();
        private final long shortWaitMillis;

        CoordinatorExecutor(String threadName, long shortWaitMillis) {
            super(1, new AxonThreadFactory(threadName));
            this.shortWaitMillis = shortWaitMillis;
            setRemoveOnCancelPolicy(true);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            long millis = unit.toMillis(delay);
            if (delay <= 0 || millis > shortWaitMillis) {
                return super.schedule(command, delay, unit);
            }
            ShortWait wait = new ShortWait(command);
            waiting.add(wait);
            wait.timer = super.schedule(wait, delay, unit);
            return wait.timer;
        }

        void endShortWaits() {
            for (ShortWait wait : waiting) {
                if (waiting.remove(wait)) {
                    execute(wait);
                    ScheduledFuture<?> timer = wait.timer;
                    if (timer != null) {
                        timer.cancel(false);
                    }
                }
            }
        }

        /** A task that runs once, at its time or when woken, whichever comes first. */
        private final class ShortWait implements Runnable {
            private final Runnable task;
            private final AtomicBoolean ran = new AtomicBoolean();
            private volatile ScheduledFuture<?> timer;

            ShortWait(Runnable task) {
                this.task = task;
            }

            @Override
            public void run() {
                if (ran.compareAndSet(false, true)) {
                    waiting.remove(this);
                    task.run();
                }
            }
        }
    }

    /** The work packages' threads: each task that ends (a batch handled, a claim extended) wakes the coordinator. */
    static final class WorkerExecutor extends ScheduledThreadPoolExecutor {
        private final ProcessorExecutors processor;

        WorkerExecutor(String threadName, ProcessorExecutors processor) {
            super(WORKER_THREADS, new AxonThreadFactory(threadName));
            this.processor = processor;
        }

        @Override
        protected void afterExecute(Runnable task, Throwable failure) {
            super.afterExecute(task, failure);
            processor.wakeCoordinator();
        }
    }
}
