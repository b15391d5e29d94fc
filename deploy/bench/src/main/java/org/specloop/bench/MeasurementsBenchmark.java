package org.specloop.bench;

import org.specloop.bench.common.PgCopy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * deploy/bench/scenarios/measurements runs this against a started application and its fresh database:
 * (a) raw COPY of N rows, (b) a warm-up of --warmup measurements on lots of their own through the same
 * path and a wait for the idle application ({@link WarmUp}), (c) the N measurements through
 * POST /api/lots/{id}/measurements/batch, (d) a count of their MeasurementRecorded rows in the event store.
 * Last line: key=value pairs.
 */
public final class MeasurementsBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.get("jdbc");
        String user = options.getOrDefault("user", "postgres");
        int lots = Integer.parseInt(options.getOrDefault("lots", "200"));
        long n = Long.parseLong(options.getOrDefault("measurements", "100000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "50"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "32"));
        long warmup = Long.parseLong(options.getOrDefault("warmup", "100000"));
        long appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
        int settleMax = Integer.parseInt(options.getOrDefault("settle-max-s", "60"));
        if (n % lots != 0) {
            throw new IllegalArgumentException("measurements (" + n + ") must be a multiple of lots (" + lots + ")");
        }
        Measurements data = new Measurements(lots, (int) (n / lots));
        Api api = new Api(options.get("base"));

        api.prepare(data);
        double copySeconds = PgCopy.run(url, user, data.copyRows(), n);
        WarmUp.Load load = (a, d) -> HttpLoad.run(a, d, batch, threads);
        WarmUp.Done warm = warmup > 0
                ? WarmUp.run(api, Measurements.warmUp(warmup, lots), load, appPid, settleMax)
                : new WarmUp.Done(0, 0, 0);
        LotLoad.Result http = load.run(api, data);
        long stored = storedMeasurements(url, user, data);
        if (http.recorded() != n || stored != n) {
            throw new IllegalStateException("sent " + n + ", answered as recorded " + http.recorded()
                    + ", MeasurementRecorded rows in domain_event_entry " + stored);
        }

        double measurementsPerS = n / http.seconds();
        double copyPerS = n / copySeconds;
        System.out.printf(Locale.ROOT, "%-34s %12s %10s %14s%n", "path", "rows", "seconds", "rows/s");
        System.out.printf(Locale.ROOT, "%-34s %12d %10.3f %14.0f%n", "PostgreSQL COPY (plain table)", n, copySeconds, copyPerS);
        System.out.printf(Locale.ROOT, "%-34s %12d %10.3f %14.0f%n", "HTTP batch, warm-up (not timed)",
                warm.measurements(), warm.seconds(), warm.seconds() > 0 ? warm.measurements() / warm.seconds() : 0.0);
        System.out.printf(Locale.ROOT, "%-34s %12s %10.3f%n", "wait for an idle application", "", warm.settleSeconds());
        System.out.printf(Locale.ROOT, "%-34s %12d %10.3f %14.0f%n", "HTTP batch -> event store", n, http.seconds(),
                measurementsPerS);
        System.out.printf(Locale.ROOT, "lots=%d per_lot=%d batch=%d threads=%d requests=%d latency_p50_ms=%d "
                        + "latency_p99_ms=%d event_rows=%d%n", lots, data.perLot(), batch, threads, http.requests(),
                http.percentileMillis(0.50), http.percentileMillis(0.99), stored);
        System.out.printf(Locale.ROOT, "measurements_per_s=%.0f pg_copy_per_s=%.0f ratio=%.3f%n",
                measurementsPerS, copyPerS, measurementsPerS / copyPerS);
    }

    /** MeasurementRecorded rows of the data set's lots (not the warm-up's). */
    static long storedMeasurements(String url, String user, Measurements data) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM domain_event_entry "
                     + "WHERE payloadType = 'org.specloop.contracts.lot.MeasurementRecorded' AND aggregateIdentifier LIKE ?")) {
            count.setString(1, data.lotIdPattern());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** --name=value pairs; jdbc and base are required. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        for (String required : new String[]{"jdbc", "base"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + "= is required");
            }
        }
        return options;
    }
}
