package org.specloop.ingest.transport.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A consumer that fails is replaced; a stopped one is not; stop ends a pause between two consumers at once. */
class ConsumerSupervisorTest {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger built = new AtomicInteger();
    private final CountDownLatch secondRunning = new CountDownLatch(1);

    /** The first consumer fails at once; the ones after it read until they are stopped. */
    private ConsumerSupervisor.Loop next() {
        int n = built.incrementAndGet();
        return new ConsumerSupervisor.Loop() {
            private final CountDownLatch stop = new CountDownLatch(1);

            @Override
            public void run() {
                events.add("run " + n);
                if (n == 1) {
                    throw new IllegalStateException("offsets table unreachable");
                }
                secondRunning.countDown();
                try {
                    stop.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                events.add("closed " + n);
            }

            @Override
            public void stop() {
                stop.countDown();
            }
        };
    }

    @Test
    void aFailedConsumerIsReplacedAfterAPauseAndTheRestartIsCounted() throws Exception {
        ConsumerSupervisor supervisor = new ConsumerSupervisor("ingest-rig-0", this::next, () -> events.add("restart"),
                Clock.systemUTC(), Duration.ofMillis(20), Duration.ofMillis(100));
        supervisor.start();

        assertThat(secondRunning.await(5, TimeUnit.SECONDS)).isTrue();
        supervisor.stop(Duration.ofSeconds(5));

        assertThat(events).containsExactly("run 1", "restart", "run 2", "closed 2");
        assertThat(built).hasValue(2);
    }

    @Test
    void stopDuringThePauseEndsItWithoutAnotherConsumer() {
        ConsumerSupervisor supervisor = new ConsumerSupervisor("ingest-lab", this::next, () -> events.add("restart"),
                Clock.systemUTC(), Duration.ofHours(1), Duration.ofHours(1));
        supervisor.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (events.isEmpty() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }

        long started = System.nanoTime();
        supervisor.stop(Duration.ofSeconds(5));

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
        assertThat(events).containsExactly("run 1");
        assertThat(built).hasValue(1);
    }
}
