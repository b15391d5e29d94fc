package org.specloop.ingest.transport.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one ingest consumer running on its own thread: a consumer whose loop ends with an exception
 * (one nobody foresaw; outages of the database and broker are handled inside the loops) is closed and
 * replaced by a fresh one after a pause that doubles up to a limit. Without it a node silently stopped
 * reading its partitions until it was restarted, and a group whose every consumer had died read nothing.
 */
final class ConsumerSupervisor {
    private static final Logger log = LoggerFactory.getLogger(ConsumerSupervisor.class);
    /** A consumer that ran this long before it failed was healthy: the next failure starts the pauses over. */
    static final Duration HEALTHY_RUN = Duration.ofMinutes(1);

    /** A consumer loop and the way to end it from another thread. */
    interface Loop extends Runnable {
        void stop();
    }

    private final String name;
    private final Supplier<Loop> newLoop;
    private final Runnable onRestart;
    private final Clock clock;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Loop current;
    private final CountDownLatch stopSignal = new CountDownLatch(1);

    ConsumerSupervisor(String name, Supplier<Loop> newLoop, Runnable onRestart, Clock clock, Duration firstPause,
                       Duration maxPause) {
        this.name = name;
        this.newLoop = newLoop;
        this.onRestart = onRestart;
        this.clock = clock;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.thread = new Thread(this::supervise, name);
    }

    void start() {
        thread.start();
    }

    private void supervise() {
        Duration pause = firstPause;
        while (!stopped) {
            long startedAt = clock.millis();
            try {
                Loop loop = newLoop.get();
                current = loop;
                if (stopped) {
                    // stop() came while the consumer was being built and may have missed it: end it at once, closed
                    loop.stop();
                    loop.run();
                    return;
                }
                loop.run();
                if (stopped) {
                    return;
                }
                log.error("{} ended without being stopped; starting a new consumer in {} ms", name, pause.toMillis());
            } catch (RuntimeException e) {
                if (stopped) {
                    return;
                }
                log.error("{} failed; starting a new consumer in {} ms", name, pause.toMillis(), e);
            }
            if (clock.millis() - startedAt >= HEALTHY_RUN.toMillis()) {
                pause = firstPause;
            }
            if (!sleep(pause)) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(maxPause) > 0 ? maxPause : pause.multipliedBy(2);
            onRestart.run();
        }
    }

    /** False when stop() came during the pause. */
    private boolean sleep(Duration pause) {
        try {
            return !stopSignal.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the running consumer (it flushes and closes) and waits for the thread, at most the given time. */
    void stop(Duration wait) {
        stopped = true;
        Loop loop = current;
        if (loop != null) {
            loop.stop();
        }
        stopSignal.countDown(); // ends a pause between two consumers; a running loop ends through its stop()
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
