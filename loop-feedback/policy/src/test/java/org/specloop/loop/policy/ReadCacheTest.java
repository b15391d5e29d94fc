package org.specloop.loop.policy;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One computation per key and version, shared by whoever asks meanwhile; newer versions computed again. */
class ReadCacheTest {
    private final ReadCache<String, String> cache = new ReadCache<>(2);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aReadThatFindsTheComputationOfItsVersionUnderWayWaitsForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("chart", 1, () -> {
            started.countDown();
            await(release);
            return "chart@1";
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waiting = new CompletableFuture<>();
        Thread second = new Thread(() -> waiting.complete(cache.get("chart", 1, () -> "computed again")));
        second.start();
        // the second read is parked on the first one's result before that is released
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (second.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(second.getState()).isEqualTo(Thread.State.WAITING);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("chart@1");
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("chart@1");
        assertThat(cache.computations()).isEqualTo(1);
    }

    @Test
    void aNewerVersionIsComputedAgainAndAnOlderOneTakesTheNewerValue() {
        assertThat(cache.get("chart", 1, this::next)).isEqualTo("value 1");
        assertThat(cache.get("chart", 2, this::next)).isEqualTo("value 2");
        // a read that saw version 1 before the write may take the value computed after it
        assertThat(cache.get("chart", 1, this::next)).isEqualTo("value 2");
        assertThat(cache.computations()).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedKeyIsDroppedBeyondTheCapacity() {
        cache.get("a", 1, this::next);
        cache.get("b", 1, this::next);
        cache.get("a", 1, this::next);
        cache.get("c", 1, this::next);

        assertThat(cache.get("a", 1, this::next)).isEqualTo("value 1");
        assertThat(cache.get("b", 1, this::next)).isEqualTo("value 4");
    }

    @Test
    void aFailedComputationIsNotKept() {
        assertThatThrownBy(() -> cache.get("chart", 1, () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");

        assertThat(cache.get("chart", 1, this::next)).isEqualTo("value 1");
    }

    private String next() {
        return "value " + computed.incrementAndGet();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
