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

/**
 * The baseline's write path, the way most teams first expose a command: one measurement per
 * POST /api/lots/{id}/measurements, so one command, one unit of work and one commit each. Threads take
 * lots from a shared queue and post each lot's measurements in order, one request at a time, like
 * {@link HttpLoad}. A 201 comes after the commit, so every counted measurement is durable.
 * <p>
 * Without an aggregate cache each command re-reads the lot's events, so the cost per measurement grows
 * with the lot: a time limit stops sending (requests in flight finish) and the run reports itself
 * incomplete rather than running for hours at large sizes.
 */
final class SingleLoad {

    record Result(double seconds, long recorded, boolean complete, List<Long> latenciesMicros) {
        long percentileMillis(double p) {
            return HttpLoad.percentileMillis(latenciesMicros, p);
        }
    }

    private SingleLoad() {
    }

    static Result run(Api api, Measurements data, int threads, double timeLimitSeconds) throws Exception {
        // bodies are rendered before the clock starts, as for the batch path
        List<List<String>> bodies = new ArrayList<>();
        for (int lot = 0; lot < data.lots(); lot++) {
            List<String> requests = new ArrayList<>(data.perLot());
            for (int i = 0; i < data.perLot(); i++) {
                requests.add(data.json(lot, i));
            }
            bodies.add(requests);
        }
        AtomicInteger nextLot = new AtomicInteger();
        AtomicLong recorded = new AtomicLong();
        AtomicBoolean stopped = new AtomicBoolean();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long deadline = timeLimitSeconds > 0 ? start + (long) (timeLimitSeconds * 1e9) : Long.MAX_VALUE;
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int lot = nextLot.getAndIncrement(); lot < data.lots(); lot = nextLot.getAndIncrement()) {
                    String path = "/api/lots/" + Measurements.lotId(lot) + "/measurements";
                    for (String body : bodies.get(lot)) {
                        if (System.nanoTime() - deadline >= 0) {
                            stopped.set(true);
                            return null;
                        }
                        long sent = System.nanoTime();
                        String answer = api.post(path, Measurements.LAB, body);
                        latencies.add((System.nanoTime() - sent) / 1000);
                        if (!answer.contains("\"measurementId\"")) {
                            throw new IllegalStateException("no measurement id in the answer " + answer);
                        }
                        recorded.incrementAndGet();
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
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(seconds, recorded.get(), !stopped.get(), latencies);
    }
}
