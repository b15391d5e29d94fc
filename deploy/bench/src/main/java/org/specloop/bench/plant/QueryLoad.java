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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the plant's people read, each under the given number of concurrent readers for a fixed time after a
 * warm-up: the lot list filtered, sorted and paged, a lot's page, the control chart of the main source,
 * the transfer function over the design's motors, the inbox, and a lot's disposition as of a date. Every
 * answer must be 200; the figure is the p99 of the response times.
 * <p>
 * Before the first clock every query runs at once, each reader taking them in turn, in rounds until the
 * application's JIT has settled on their code (a round in which the compilers spent under a tenth of its time) or
 * for at most a minute; each query then gets 2 s of its own before its clock. A fixed 2 s alone left one compiler
 * thread busy through most of the first queries' clocks (a third of the application's CPU in the reads,
 * docs/benchmarks-history.md): the first minute of a node's life, not the running node a plant's people read from.
 */
final class QueryLoad {
    private static final double WARM_UP_SECONDS = 2;
    private static final double WARM_UP_ROUND_SECONDS = 5;
    private static final int WARM_UP_MAX_ROUNDS = 12;
    /** Settled: the compilers spent under this share of a warm-up round's wall time. */
    private static final double SETTLED_COMPILATION_SHARE = 0.10;
    private final PlantApi api;
    private final Compilation compilation;
    private final Plant plant;

    private final Instant asOf;
    private final List<AppClient> sessions = new ArrayList<>();

    /** asOf: an instant after every bulk lot was received and decided (the as-of reads ask for it). */
    QueryLoad(PlantApi api, Plant plant, Instant asOf) {
        this.api = api;
        this.compilation = new Compilation(api);
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

    /** seconds: how long the common warm-up ran; settled: whether the JIT settled within it. */
    record WarmUp(double seconds, boolean settled) {
    }

    /** Every query at once, each reader taking them in turn, until the JIT has settled or the rounds run out. */
    WarmUp warmUp(int readers) throws Exception {
        List<Supplier<String>> all = List.copyOf(queries().values());
        AtomicLong next = new AtomicLong();
        Supplier<String> inTurn = () -> all.get((int) (next.getAndIncrement() % all.size())).get();
        long start = System.nanoTime();
        boolean settled = false;
        double before = compilation.millis();
        for (int round = 0; round < WARM_UP_MAX_ROUNDS && !settled; round++) {
            timed(inTurn, readers, WARM_UP_ROUND_SECONDS, new Latencies());
            // one scrape ends a round and starts the next: each is a full Prometheus page, read while readers wait
            double after = compilation.millis();
            settled = after - before < SETTLED_COMPILATION_SHARE * WARM_UP_ROUND_SECONDS * 1000;
            before = after;
        }
        return new WarmUp((System.nanoTime() - start) / 1e9, settled);
    }

    /** compilationMillis: the compilers' time while the clock ran. */
    record Result(Latencies latencies, double compilationMillis) {
    }

    Result run(Supplier<String> query, int readers, double seconds) throws Exception {
        timed(query, readers, WARM_UP_SECONDS, new Latencies());
        double before = compilation.millis();
        Latencies latencies = new Latencies();
        timed(query, readers, seconds, latencies);
        return new Result(latencies, compilation.millis() - before);
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
