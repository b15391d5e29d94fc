package org.specloop.query.notify.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the outbox with a fixed delay between rounds (not a fixed rate: a slow round must not pile
 * up more rounds behind it). Stops before the database goes away, and lets a running round finish.
 */
public class DeliveryScheduler implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);
    private final DeliveryWorker worker;
    private final Duration pollInterval;
    private ScheduledExecutorService timer;

    public DeliveryScheduler(DeliveryWorker worker, Duration pollInterval) {
        this.worker = worker;
        this.pollInterval = pollInterval;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notify-delivery-poll");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::round, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            worker.runOnce();
        } catch (RuntimeException e) {
            // keep polling: the next round may find the database back
            log.warn("notification delivery round failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    @Override
    public int getPhase() {
        // after Axon's processors (which start late), so rows written at startup are picked up promptly
        return Integer.MAX_VALUE - 100;
    }
}
