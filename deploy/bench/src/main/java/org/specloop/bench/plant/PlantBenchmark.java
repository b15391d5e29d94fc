package org.specloop.bench.plant;

import org.specloop.bench.common.PgCopy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * deploy/bench/scenarios/plant runs this against a started application on a fresh PostgreSQL database: it
 * builds a plant through the public API and ingest paths (PlantBuilder), then measures in one run what a
 * plant feels: the sustained processing of lab measurements until every processor is at the head, the
 * verdict latency under that load, a drift found, a revision re-evaluating the stock, reads under
 * concurrent readers and a projection replay. Last line: key=value pairs (docs/benchmarks.md).
 */
public final class PlantBenchmark {
    private static final Duration HEAD_TIMEOUT = Duration.ofMinutes(30);

    public static void main(String[] args) throws Exception {
        PlantOptions options = PlantOptions.parse(args);
        PlantApi api = new PlantApi(options.base());
        Processors processors = new Processors(api);
        Plant plant = new Plant(options, Instant.now());
        PlantBuilder builder = new PlantBuilder(api);
        Map<String, String> figures = new LinkedHashMap<>();
        ServerSettings server = ServerSettings.read(options.jdbc(), options.user());
        if (server.autovacuumOff()) {
            System.err.println("warning: this PostgreSQL server runs without autovacuum: dead rows and missing planner"
                    + " statistics slow the reads; production servers run it (docs/operations.md, PostgreSQL)");
        }

        long t = System.nanoTime();
        builder.build(plant);
        processors.awaitHead(HEAD_TIMEOUT);
        System.err.printf(Locale.ROOT, "plant built: %d lots (+%d probe lots), %d measurements per lot, in %.1f s%n",
                plant.bulk.size(), plant.probes.size(), plant.perLot, (System.nanoTime() - t) / 1e9);

        double copySeconds = PgCopy.run(options.jdbc(), options.user(), copyRows(plant), plant.bulkMeasurements());

        CpuAccount cpu = new CpuAccount(options.appPid());
        CpuAccount.Sample beforeLoad = cpu.available() ? cpu.sample() : null;
        VerdictProbe probe = new VerdictProbe(api, plant);
        probe.start();
        MeasurementLoad.Result load = MeasurementLoad.run(api, plant, options.batch(), options.threads());
        probe.stop();
        Processors.Lags atLoadEnd = processors.lags();
        processors.awaitHead(HEAD_TIMEOUT);
        long atHead = System.nanoTime();
        CpuAccount.Sample atHeadCpu = beforeLoad != null ? cpu.sample() : null;
        Instant decidedBy = Instant.now();
        probe.finish(HEAD_TIMEOUT);
        if (load.recorded() != plant.bulkMeasurements()) {
            throw new IllegalStateException("sent " + plant.bulkMeasurements() + " measurements, recorded " + load.recorded());
        }
        figures.put("measurements", Long.toString(load.recorded()));
        figures.put("lots", Integer.toString(plant.bulk.size()));
        figures.put("processed_per_s", fmt(load.recorded() / ((atHead - load.startNanos()) / 1e9)));
        figures.put("append_per_s", fmt(load.recorded() / load.seconds()));
        figures.put("processed_ratio", String.format(Locale.ROOT, "%.2f", load.seconds() / ((atHead - load.startNanos()) / 1e9)));
        figures.put("pg_copy_per_s", fmt(plant.bulkMeasurements() / copySeconds));
        figures.put("head_after_load_s", fmt2((atHead - load.endNanos()) / 1e9));
        figures.put("lag_at_load_end", Long.toString(atLoadEnd.max()));
        figures.put("verdict_p50_ms", fmt(probe.latencies.millis(0.50)));
        figures.put("verdict_p99_ms", fmt(probe.latencies.millis(0.99)));
        figures.put("verdict_samples", Integer.toString(probe.latencies.count()));
        System.err.printf(Locale.ROOT, "load: %d measurements in %.1f s, at the head %.1f s later (behind at the end: %s)%n",
                load.recorded(), load.seconds(), (atHead - load.endNanos()) / 1e9, atLoadEnd.behind());
        if (atHeadCpu != null) {
            CpuAccount.Spent spent = CpuAccount.between(beforeLoad, atHeadCpu);
            double n = load.recorded();
            figures.put("load_cpu_us_per_measurement", fmt(1000 * spent.machineMs() / n));
            figures.put("load_app_cpu_us_per_measurement", fmt(1000 * spent.appMs() / n));
            System.err.println(spent.per("load CPU per measurement", n));
        }

        processors.handling().entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> System.err.printf(Locale.ROOT, "  %-28s %9.0f events, %7.3f ms from batch start to commit per event%n",
                        e.getKey(), e.getValue()[1], e.getValue()[1] > 0 ? 1000 * e.getValue()[0] / e.getValue()[1] : 0.0));

        List<PlantLot> motorLots = new ArrayList<>(plant.lotsOf(Chain.B));
        motorLots.addAll(plant.lotsOf(Chain.D));
        double rigSeconds = new RigRuns(api).send(options.motors(), motorLots, Instant.now().minus(Duration.ofHours(1)));
        processors.awaitHead(HEAD_TIMEOUT);
        figures.put("motors", Integer.toString(options.motors()));
        System.err.printf(Locale.ROOT, "rig: %d runs sent in %.1f s%n", options.motors(), rigSeconds);

        figures.put("drift_ms", fmt(new DriftProbe(api, builder).run(plant, Duration.ofMinutes(5))));
        processors.awaitHead(HEAD_TIMEOUT);

        CpuAccount.Sample beforeReevaluation = beforeLoad != null ? cpu.sample() : null;
        Reevaluation.Result reevaluated = new Reevaluation(api, builder, options).run(Duration.ofMinutes(15));
        figures.put("reevaluate_s", fmt2(reevaluated.seconds()));
        figures.put("reevaluate_lots", Long.toString(reevaluated.lots()));
        if (beforeReevaluation != null) {
            CpuAccount.Spent spent = CpuAccount.between(beforeReevaluation, cpu.sample());
            double n = reevaluated.lots();
            figures.put("reevaluate_cpu_us_per_lot", fmt(1000 * spent.machineMs() / n));
            System.err.println(spent.per("re-evaluation CPU per lot", n));
        }
        processors.awaitHead(HEAD_TIMEOUT);

        QueryLoad queries = new QueryLoad(api, plant, decidedBy);
        double worst = 0;
        double clockCompilationMillis = 0;
        QueryLoad.WarmUp warmUp = queries.warmUp(options.readers());
        System.err.printf(Locale.ROOT, "queries warmed up together for %.0f s, the JIT %s%n", warmUp.seconds(),
                warmUp.settled() ? "settled" : "still compiling");
        for (Map.Entry<String, Supplier<String>> query : queries.queries().entrySet()) {
            QueryLoad.Result result = queries.run(query.getValue(), options.readers(), options.querySeconds());
            Latencies latencies = result.latencies();
            double p99 = latencies.millis(0.99);
            worst = Math.max(worst, p99);
            figures.put("query_" + query.getKey() + "_p99_ms", fmt1(p99));
            System.err.printf(Locale.ROOT, "query %-18s %6d requests, p50 %7.1f ms, p99 %7.1f ms (JIT during the clock %.0f ms)%n",
                    query.getKey(), latencies.count(), latencies.millis(0.50), p99, result.compilationMillis());
            clockCompilationMillis += result.compilationMillis();
        }
        figures.put("query_p99_ms", fmt1(worst));
        figures.put("query_warm_up_s", fmt(warmUp.seconds()));
        figures.put("query_jit_ms", fmt(clockCompilationMillis));

        Replay.Result replay = new Replay(api).run(HEAD_TIMEOUT);
        figures.put("replay_events", Long.toString(replay.events()));
        figures.put("replay_events_per_s", fmt(replay.perSecond()));
        figures.put("pg_autovacuum", server.autovacuum());
        figures.put("floors_met", Boolean.toString(Floors.met(figures)));

        for (String line : Floors.report(figures)) {
            System.out.println(line);
        }
        StringBuilder last = new StringBuilder();
        figures.forEach((k, v) -> last.append(last.isEmpty() ? "" : " ").append(k).append('=').append(v));
        System.out.println(last);
    }

    private static CharSequence copyRows(Plant plant) {
        StringBuilder rows = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, plant.bulkMeasurements() * 320));
        for (PlantLot lot : plant.bulk) {
            for (int i = 0; i < plant.perLot; i++) {
                rows.append(lot.copyRow(i));
            }
        }
        return rows;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
