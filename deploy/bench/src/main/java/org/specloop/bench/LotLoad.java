package org.specloop.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Client threads take lots from a shared queue and post each lot's request bodies in order, one request
 * at a time per thread, timing each. Timed from the first request until the last answer; an answer comes
 * after the commit, so every counted measurement is durable.
 */
final class LotLoad {

    record Result(double seconds, long recorded, boolean complete, List<Long> latenciesMicros) {
        int requests() {
            return latenciesMicros.size();
        }

        long percentileMillis(double p) {
            if (latenciesMicros.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1000;
        }
    }

    private LotLoad() {
    }

    /**
     * bodies: per lot of data, its requests, rendered before the clock starts; recorded: the measurements an answer
     * says were recorded, or an exception when it does not say. A time limit of 0 means none; when it is
     * reached, sending stops (requests in flight finish) and the result is not complete.
     */
    static Result run(Api api, Measurements data, List<List<String>> bodies, String pathAfterLot, ToLongFunction<String> recorded,
                      int threads, double timeLimitSeconds) throws Exception {
        AtomicInteger nextLot = new AtomicInteger();
        AtomicLong count = new AtomicLong();
        AtomicBoolean stopped = new AtomicBoolean();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        boolean limited = timeLimitSeconds > 0;
        long deadline = start + (long) (timeLimitSeconds * 1e9);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int lot = nextLot.getAndIncrement(); lot < bodies.size(); lot = nextLot.getAndIncrement()) {
                    String path = "/api/lots/" + data.lotId(lot) + pathAfterLot;
                    for (String body : bodies.get(lot)) {
                        if (limited && System.nanoTime() - deadline >= 0) {
                            stopped.set(true);
                            return null;
                        }
                        long sent = System.nanoTime();
                        String answer = api.post(path, Measurements.LAB, body);
                        latencies.add((System.nanoTime() - sent) / 1000);
                        count.addAndGet(recorded.applyAsLong(answer));
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            // a failed request must end the run: the other threads would keep the JVM alive for ever
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(seconds, count.get(), !stopped.get(), latencies);
    }
}
