package org.specloop.bench.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lab's load: client threads take the lots in the order they were received and post each lot's
 * measurements in batches, one request at a time per thread. An answer comes after the commit, so every
 * counted measurement is durable. Bodies are rendered before the clock starts.
 */
final class MeasurementLoad {
    record Result(long startNanos, long endNanos, long recorded, int requests) {
        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    private MeasurementLoad() {
    }

    static Result run(PlantApi api, Plant plant, int batch, int threads) throws Exception {
        List<String> paths = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (PlantLot lot : plant.bulk) {
            for (int from = 0; from < plant.perLot; from += batch) {
                paths.add("/api/lots/" + lot.lotId() + "/measurements/batch");
                bodies.add(lot.batchJson(from, Math.min(from + batch, plant.perLot)));
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong recorded = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    recorded.addAndGet(PlantApi.number(api.post(PlantApi.Actor.LAB, paths.get(i), bodies.get(i)), "recorded"));
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            // a failed request ends the run: the other threads would keep the JVM alive
            pool.shutdownNow();
        }
        return new Result(start, System.nanoTime(), recorded.get(), bodies.size());
    }
}
