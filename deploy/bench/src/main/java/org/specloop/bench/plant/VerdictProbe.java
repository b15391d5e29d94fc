package org.specloop.bench.plant;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * While the load runs, a probe lot gets its five samples (ten measurements, one batch) every
 * {@value #SEND_MILLIS} ms, without waiting for the previous ones, and each lot's page is polled until its
 * conformance verdict is readable: the time from the batch's accepted answer to the verdict is what an
 * inspector waits before the lot is released or held. One probe at a time gave a single sample when the
 * verdict took longer than the load (a p99 of one sample); overlapping probes sample the whole load.
 * A lot is polled after 10 ms, then every twentieth of its wait so far (at least 10 ms): each latency is
 * read at most 5 % late, and thirty lots waiting seconds cost the node some 60 requests a second, not 3,000.
 */
final class VerdictProbe {
    static final int MEASUREMENTS = 10;
    static final long POLL_MILLIS = 10;
    private static final long SEND_MILLIS = 200;
    private final PlantApi api;
    private final Iterator<PlantLot> lots;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "verdict-probe");
        thread.setDaemon(true);
        return thread;
    });
    // a post waits behind the load's own batches (a second and more), a poll behind its readers
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "verdict-probe-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();
    final Latencies latencies = new Latencies();
    private volatile Exception failure;
    private boolean sending = true;

    VerdictProbe(PlantApi api, Plant plant) {
        this.api = api;
        this.lots = plant.probes.iterator();
    }

    /**
     * The inspector signs in before the load, as one at her desk already is: signed in on the first poll, the
     * log-in page was rendered for the first time under the load (7 s) while every poll waited for the session,
     * which put up to 9 s into the early samples (all verdict p99 figures before 2026-12-07, 04:00).
     */
    void start() throws Exception {
        api.getOk(PlantApi.Actor.READER, "/api/lots?size=1");
        scheduler.scheduleAtFixedRate(() -> workers.execute(this::send), 0, SEND_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The scheduler only keeps time; posts and polls run on the workers, so a slow one delays no other. */
    private void later(Runnable task, long millis) {
        scheduler.schedule(() -> workers.execute(task), millis, TimeUnit.MILLISECONDS);
    }

    /** No new probe lot after this; the ones sent are still waited for ({@link #finish}). */
    synchronized void stop() {
        sending = false;
    }

    /** Waits until every probe lot sent has its verdict. */
    void finish(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0 && failure == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending.get() + " probe lots without a verdict after " + timeout);
            }
            Thread.sleep(POLL_MILLIS);
        }
        scheduler.shutdownNow();
        workers.shutdownNow();
        if (failure != null) {
            throw failure;
        }
    }

    private void send() {
        PlantLot lot;
        synchronized (this) {
            if (!sending || !lots.hasNext() || failure != null) {
                return;
            }
            lot = lots.next();
            pending.incrementAndGet();
        }
        try {
            api.post(PlantApi.Actor.LAB, "/api/lots/" + lot.lotId() + "/measurements/batch", lot.batchJson(0, MEASUREMENTS));
            long accepted = System.nanoTime();
            later(() -> poll(lot.lotId(), accepted), POLL_MILLIS);
        } catch (Exception e) {
            failure = e;
        }
    }

    private void poll(String lotId, long accepted) {
        try {
            if (verdictIn(api.getOk(PlantApi.Actor.READER, "/api/lots/" + lotId))) {
                latencies.add(System.nanoTime() - accepted);
                pending.decrementAndGet();
                return;
            }
            long waitedMillis = (System.nanoTime() - accepted) / 1_000_000;
            later(() -> poll(lotId, accepted), Math.max(POLL_MILLIS, waitedMillis / 20));
        } catch (Exception e) {
            failure = e;
        }
    }

    /** The lot's last evaluation saw all ten measurements. */
    private static boolean verdictIn(String lot) {
        return PlantApi.number(lot, "measurementsCount") == MEASUREMENTS && "PASS".equals(PlantApi.text(lot, "lastVerdict"));
    }
}
