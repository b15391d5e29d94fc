package org.specloop.app.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of requests of one kind at a time; the others wait first come first served (a fair
 * semaphore: the pool of connections the requests would otherwise queue for hands them out in no order,
 * and some readers waited over a second while others barged past). Meters, tagged with the kind:
 * specloop.http.concurrency.active and .waiting (gauges) and .refused (requests answered 503 busy).
 */
final class Bulkhead {
    private final Semaphore permits;
    private final int limit;
    private final Counter refused;

    Bulkhead(RequestKind kind, int limit, MeterRegistry meters) {
        this.permits = new Semaphore(limit, true);
        this.limit = limit;
        String tag = kind.name().toLowerCase(java.util.Locale.ROOT);
        Gauge.builder("specloop.http.concurrency.active", permits, p -> limit - p.availablePermits())
                .description("requests of the kind being worked on").tag("kind", tag).register(meters);
        Gauge.builder("specloop.http.concurrency.waiting", permits, Semaphore::getQueueLength)
                .description("requests of the kind waiting for their turn").tag("kind", tag).register(meters);
        this.refused = Counter.builder("specloop.http.concurrency.refused")
                .description("requests of the kind answered 503 busy after waiting the longest wait").tag("kind", tag)
                .register(meters);
    }

    /** Whether the request got its turn within maxWait; if it did, it must {@link #leave()}. */
    boolean enter(Duration maxWait) throws InterruptedException {
        if (permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            return true;
        }
        refused.increment();
        return false;
    }

    void leave() {
        permits.release();
    }

    int limit() {
        return limit;
    }
}
