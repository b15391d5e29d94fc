package org.specloop.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real write path: client threads take lots from a shared queue and post each lot's measurements
 * in batches, in order, one request at a time per thread. Timed from the first request until the last
 * answer; an answer comes after the commit, so every counted measurement is durable.
 */
final class HttpLoad {
    private static final Pattern RECORDED = Pattern.compile("\"recorded\"\\s*:\\s*(\\d+)");

    record Result(double seconds, long recorded, int requests, List<Long> latenciesMicros) {
        long percentileMillis(double p) {
            return HttpLoad.percentileMillis(latenciesMicros, p);
        }
    }

    static long percentileMillis(List<Long> latenciesMicros, double p) {
        if (latenciesMicros.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1000;
    }

    private HttpLoad() {
    }

    static Result run(Api api, Measurements data, int batch, int threads) throws Exception {
        List<List<String>> bodies = new ArrayList<>();
        for (int lot = 0; lot < data.lots(); lot++) {
            List<String> requests = new ArrayList<>();
            for (int from = 0; from < data.perLot(); from += batch) {
                StringBuilder body = new StringBuilder("[");
                for (int i = from; i < Math.min(from + batch, data.perLot()); i++) {
                    body.append(i == from ? "" : ",").append(data.json(lot, i));
                }
                requests.add(body.append(']').toString());
            }
            bodies.add(requests);
        }
        AtomicInteger nextLot = new AtomicInteger();
        AtomicLong recorded = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int lot = nextLot.getAndIncrement(); lot < data.lots(); lot = nextLot.getAndIncrement()) {
                    String path = "/api/lots/" + Measurements.lotId(lot) + "/measurements/batch";
                    for (String body : bodies.get(lot)) {
                        long sent = System.nanoTime();
                        String answer = api.post(path, Measurements.LAB, body);
                        latencies.add((System.nanoTime() - sent) / 1000);
                        Matcher m = RECORDED.matcher(answer);
                        if (!m.find()) {
                            throw new IllegalStateException("no count of recorded measurements in " + answer);
                        }
                        recorded.addAndGet(Long.parseLong(m.group(1)));
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
        return new Result(seconds, recorded.get(), latencies.size(), latencies);
    }
}
