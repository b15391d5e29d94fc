package org.specloop.bench;

import java.util.Locale;
import java.util.Map;

/**
 * deploy/bench/scenarios/baseline runs this against the application started in its baseline set-up
 * (tracking processors at Axon's defaults, no aggregate cache) on a fresh database: the set-up of
 * {@link MeasurementsBenchmark} (specification, lots), then the same N measurements, one per
 * POST /api/lots/{id}/measurements after a warm-up of --warmup (10,000) of them on lots of their own ({@link WarmUp}),
 * then a count of their MeasurementRecorded rows in the event store.
 * Last line: baseline_per_s=... recorded=... complete=... (the scenario adds the comparison).
 */
public final class BaselineBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = MeasurementsBenchmark.options(args);
        String url = options.get("jdbc");
        String user = options.getOrDefault("user", "postgres");
        int lots = Integer.parseInt(options.getOrDefault("lots", "200"));
        long n = Long.parseLong(options.getOrDefault("measurements", "100000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "32"));
        double timeLimit = Double.parseDouble(options.getOrDefault("time-limit-s", "0"));
        long warmup = Long.parseLong(options.getOrDefault("warmup", "10000"));
        long appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
        int settleMax = Integer.parseInt(options.getOrDefault("settle-max-s", "60"));
        if (n <= 0 || lots <= 0 || n % lots != 0) {
            throw new IllegalArgumentException("measurements (" + n + ") must be a positive multiple of lots (" + lots + ")");
        }
        Measurements data = new Measurements(lots, (int) (n / lots));
        Api api = new Api(options.get("base"));

        api.prepare(data);
        // warmed up like the batch path: 10,000 single requests are 5 times the batch warm-up's 2,000
        if (warmup > 0) {
            WarmUp.run(api, Measurements.warmUp(warmup, lots), (a, d) -> SingleLoad.run(a, d, threads, 0), appPid, settleMax);
        }
        LotLoad.Result run = SingleLoad.run(api, data, threads, timeLimit);
        if (run.recorded() == 0) {
            throw new IllegalStateException("no measurement was recorded within the time limit of " + timeLimit + " s");
        }
        long stored = MeasurementsBenchmark.storedMeasurements(url, user, data);
        if (stored != run.recorded() || (run.complete() && stored != n)) {
            throw new IllegalStateException("sent " + n + ", answered as recorded " + run.recorded()
                    + ", MeasurementRecorded rows in domain_event_entry " + stored);
        }

        double perS = run.recorded() / run.seconds();
        System.out.printf(Locale.ROOT, "%-34s %12s %10s %14s%n", "path", "rows", "seconds", "rows/s");
        System.out.printf(Locale.ROOT, "%-34s %12d %10.3f %14.0f%n", "HTTP single -> event store",
                run.recorded(), run.seconds(), perS);
        System.out.printf(Locale.ROOT, "lots=%d per_lot=%d threads=%d requests=%d latency_p50_ms=%d latency_p99_ms=%d "
                        + "event_rows=%d%s%n", lots, data.perLot(), threads, run.latenciesMicros().size(),
                run.percentileMillis(0.50), run.percentileMillis(0.99), stored,
                run.complete() ? "" : " (time limit of " + timeLimit + " s reached: " + run.recorded() + " of " + n + ")");
        System.out.printf(Locale.ROOT, "baseline_per_s=%.0f recorded=%d complete=%b%n", perS, run.recorded(), run.complete());
    }
}
