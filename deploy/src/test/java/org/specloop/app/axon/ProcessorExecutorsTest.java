package org.specloop.app.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A coordinator waiting for room in its work packages' queues goes on when a work package finishes a task. The
 * short-wait limit is an hour here, so a task that ran was woken, not due: nothing depends on timing.
 */
class ProcessorExecutorsTest {
    private final ProcessorExecutors executors = new ProcessorExecutors(TimeUnit.HOURS.toMillis(1));
    private final ScheduledExecutorService coordinator = executors.coordinator("query-lots");
    private final ScheduledExecutorService workers = executors.workers("query-lots");

    @AfterEach
    void stop() {
        executors.shutdown();
    }

    @Test
    void aFinishedWorkerTaskEndsTheCoordinatorsShortWait() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        coordinator.schedule(ran::countDown, 10, TimeUnit.MINUTES);

        workers.submit(() -> { });

        assertTrue(ran.await(30, TimeUnit.SECONDS), "the coordinator's task still waits for its time");
    }

    @Test
    void aWokenTaskRunsOnceAndLeavesNoTimerBehind() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        coordinator.schedule(() -> { runs.incrementAndGet(); }, 10, TimeUnit.MINUTES);

        workers.submit(() -> { }).get();
        workers.submit(() -> { }).get();
        awaitCoordinatorIdle();

        assertEquals(1, runs.get());
        assertEquals(0, ((ScheduledThreadPoolExecutor) coordinator).getQueue().size(), "the cancelled timer is still queued");
    }

    @Test
    void longerWaitsKeepTheirTime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        coordinator.schedule(() -> { runs.incrementAndGet(); }, 2, TimeUnit.HOURS);

        workers.submit(() -> { }).get();
        awaitCoordinatorIdle();

        assertEquals(0, runs.get());
        assertEquals(1, ((ScheduledThreadPoolExecutor) coordinator).getQueue().size());
    }

    @Test
    void tasksWithoutAWaitRunAsUsual() throws Exception {
        assertEquals("done", coordinator.submit(() -> "done").get(30, TimeUnit.SECONDS));
        assertEquals("now", coordinator.schedule(() -> "now", 0, TimeUnit.MILLISECONDS).get(30, TimeUnit.SECONDS));
    }

    /** The worker's wake-up runs after its future completes: wait until no worker is busy, then for the coordinator's queue. */
    private void awaitCoordinatorIdle() throws Exception {
        ScheduledThreadPoolExecutor pool = (ScheduledThreadPoolExecutor) workers;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pool.getActiveCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        coordinator.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }
}
