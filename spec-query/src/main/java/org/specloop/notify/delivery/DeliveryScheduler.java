package org.specloop.notify.delivery;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.notify.outbox.OutboxSignal;
import org.springframework.context.SmartLifecycle;

/**
 * Runs delivery rounds on one thread: right after this node queued rows (the outbox signal), else
 * every poll interval (rows queued by other nodes, retries coming due). After a round that delivered
 * something it goes again at once, since a batch may have left more behind. Stops before the
 * database goes away, and lets a running round finish.
 */
public class DeliveryScheduler implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);
    private final IntSupplier round;
    private final OutboxSignal queued;
    private final Duration pollInterval;
    private volatile boolean running;
    private Thread thread;

    /** @param round one delivery round, returning how many notifications it delivered */
    public DeliveryScheduler(IntSupplier round, OutboxSignal queued, Duration pollInterval) {
        this.round = round;
        this.queued = queued;
        this.pollInterval = pollInterval;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "notify-delivery-poll");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        boolean more = false;
        while (running) {
            try {
                if (!more) {
                    queued.await(pollInterval);
                }
                more = running && round() > 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int round() {
        try {
            return round.getAsInt();
        } catch (RuntimeException e) {
            // keep polling: the next round may find the database back
            log.warn("notification delivery round failed: {}", e.toString());
            return 0;
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            running = false;
            queued.wake();
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        // after Axon's processors (which start late), so rows written at startup are picked up promptly
        return Integer.MAX_VALUE - 100;
    }
}
