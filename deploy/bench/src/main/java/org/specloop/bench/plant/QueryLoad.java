package org.specloop.bench.plant;

import org.specloop.bench.common.AppClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * What the plant's people read, each under the given number of concurrent readers for a fixed time after a
 * short warm-up: the lot list filtered, sorted and paged, a lot's page, the control chart of the main source,
 * the transfer function over the design's motors, the inbox, and a lot's disposition as of a date. Every
 * answer must be 200; the figure is the p99 of the response times.
 */
final class QueryLoad {
    private static final double WARM_UP_SECONDS = 2;
    private final PlantApi api;
    private final Plant plant;

    private final Instant asOf;
    private final List<AppClient> sessions = new ArrayList<>();

    /** asOf: an instant after every bulk lot was received and decided (the as-of reads ask for it). */
    QueryLoad(PlantApi api, Plant plant, Instant asOf) {
        this.api = api;
        this.plant = plant;
        this.asOf = asOf;
    }

    /** The queries by the key their figure is reported under. */
    Map<String, Supplier<String>> queries() {
        Map<String, Supplier<String>> queries = new LinkedHashMap<>();
        int pages = Math.max(1, Math.min(100, plant.mainLots / 50));
        queries.put("lot_list", () -> "/api/lots?partNumber=" + Chain.Part.RTR_42SH.partNumber
                + "&disposition=RELEASED&sort=receivedAt,desc&size=50&page=" + ThreadLocalRandom.current().nextInt(pages));
        queries.put("lot_page", () -> "/api/lots/" + randomLot().lotId());
        queries.put("control_chart", () -> "/api/loop/control-charts?sourceId=" + Chain.A.magnetMaker()
                + "&partNumber=" + Chain.Part.RTR_42SH.partNumber + "&characteristic=BR");
        queries.put("transfer_function", () -> "/api/loop/transfer-functions?designId=" + PlantBuilder.DESIGN + "&characteristic=BR");
        queries.put("inbox", () -> "/ui/inbox");
        queries.put("disposition_as_of", () -> {
            return "/api/lots/" + randomLot().lotId() + "/disposition?asOf=" + asOf;
        });
        return queries;
    }

    private PlantLot randomLot() {
        return plant.bulk.get(ThreadLocalRandom.current().nextInt(plant.bulk.size()));
    }

    Latencies run(Supplier<String> query, int readers, double seconds) throws Exception {
        timed(query, readers, WARM_UP_SECONDS, new Latencies());
        Latencies latencies = new Latencies();
        timed(query, readers, seconds, latencies);
        return latencies;
    }

    private void timed(Supplier<String> query, int readers, double seconds, Latencies latencies) throws Exception {
        while (sessions.size() < readers) {
            // each reader is a person signed in in a browser of their own
            sessions.add(api.signedIn("qe.alice", "alice-demo"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<?>> workers = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            AppClient session = sessions.get(r);
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String path = query.get();
                    long sent = System.nanoTime();
                    PlantApi.getOk(session, api.base(), path);
                    latencies.add(System.nanoTime() - sent);
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
    }
}
