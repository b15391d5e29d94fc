package org.specloop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/bench/scenarios/replay runs this against a started application on a fresh PostgreSQL database:
 * fills the event store with N measurements through the HTTP batch endpoint, waits until query-lots has
 * caught up, replays query-lots through the admin API and times it until the group is back at the head.
 * Last line: replay_events_per_s=<events in the store / seconds of the replay>.
 */
public final class ReplayBenchmark {
    private static final Pattern REPLAYING = Pattern.compile("\"replaying\"\\s*:\\s*(true|false)");
    private static final Pattern LAG = Pattern.compile("\"lag\"\\s*:\\s*(\\d+)");
    private static final Pattern HEAD = Pattern.compile("\"head\"\\s*:\\s*(\\d+)");
    private static final String GROUP = "query-lots";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String base = options.get("base");
        long n = Long.parseLong(options.getOrDefault("events", "100000"));
        int lots = (int) Math.max(1, n / 1000);
        Measurements data = new Measurements(lots, (int) (n / lots));
        Api api = new Api(base);
        String adminKey = System.getenv("SPECLOOP_BENCH_ADMIN_KEY");

        api.prepare(data);
        LotLoad.Result fill = HttpLoad.run(api, data, 500, 8);
        System.err.printf(Locale.ROOT, "filled %d measurements in %.1f s%n", fill.recorded(), fill.seconds());
        String status = awaitIdle(base, adminKey, Duration.ofMinutes(30));
        long head = number(HEAD, status);

        long start = System.nanoTime();
        String started = call(base, adminKey, "POST", "/api/admin/processors/" + GROUP + "/replay");
        if (!started.contains("\"name\"")) {
            throw new IllegalStateException("replay refused: " + started);
        }
        awaitIdle(base, adminKey, Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "group=%s events_in_store=%d measurements=%d replay_seconds=%.3f%n",
                GROUP, head, data.total(), seconds);
        System.out.printf(Locale.ROOT, "replay_events_per_s=%.0f%n", head / seconds);
    }

    /** Polls the group until it is not replaying and has no lag; returns its last status. */
    private static String awaitIdle(String base, String key, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String status = call(base, key, "GET", "/api/admin/processors/" + GROUP);
            Matcher replaying = REPLAYING.matcher(status);
            if (replaying.find() && "false".equals(replaying.group(1)) && number(LAG, status) == 0) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(GROUP + " did not catch up within " + timeout);
    }

    private static long number(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String call(String base, String key, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Api-Key", key)
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(1)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        for (int retry = 0; response.statusCode() == 503 && retry < 20; retry++) {
            // the store is too busy to answer a status read in time: ask again rather than give up the run
            Thread.sleep(500);
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
