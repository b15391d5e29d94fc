package org.specloop.bench.plant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the event processors are, read from GET /api/admin/processors as an operator would. */
final class Processors {
    private static final Pattern GROUP = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LAG = Pattern.compile("\"lag\"\\s*:\\s*(-?\\d+)");
    private static final Pattern HEAD = Pattern.compile("\"head\"\\s*:\\s*(-?\\d+)");
    private final PlantApi api;

    Processors(PlantApi api) {
        this.api = api;
    }

    /** The lag of every group in the order listed; the names in the same order. */
    record Lags(List<String> groups, List<Long> lags, long head) {
        long max() {
            return lags.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        /** The groups behind, most behind first: where the load left its backlog. */
        String behind() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < lags.size(); i++) {
                if (lags.get(i) > 0) {
                    order.add(i);
                }
            }
            order.sort((a, b) -> Long.compare(lags.get(b), lags.get(a)));
            return order.isEmpty() ? "none" : String.join(" ", order.stream().map(i -> groups.get(i) + "=" + lags.get(i)).toList());
        }
    }

    Lags lags() throws Exception {
        String json = api.getOk(PlantApi.Actor.ADMIN, "/api/admin/processors");
        List<String> groups = new ArrayList<>();
        List<Long> lags = new ArrayList<>();
        // a group's "name" comes before its "lag"; segments carry neither
        Matcher name = GROUP.matcher(json);
        Matcher lag = LAG.matcher(json);
        while (name.find() && lag.find(name.end())) {
            groups.add(name.group(1));
            lags.add(Long.parseLong(lag.group(1)));
        }
        Matcher head = HEAD.matcher(json);
        return new Lags(groups, lags, head.find() ? Long.parseLong(head.group(1)) : -1);
    }

    private static final Pattern HANDLING = Pattern.compile(
            "^axon_event_processor_handling_seconds_(sum|count)\\{[^}]*processor=\"([^\"]+)\"[^}]*\\} ([0-9.eE+-]+)$",
            Pattern.MULTILINE);

    /**
     * Per group, Axon's handling timer from the node's Prometheus scrape (all outcomes): its sum and count.
     * Axon times each event from the start of its processor batch to the batch's commit, so sum/count is
     * the mean time an event waited in its batch, not its own cost: it shows whose batches are slow.
     */
    java.util.Map<String, double[]> handling() throws Exception {
        String scrape = api.getOk(PlantApi.Actor.ADMIN, "/actuator/prometheus");
        java.util.Map<String, double[]> costs = new java.util.TreeMap<>();
        Matcher m = HANDLING.matcher(scrape);
        while (m.find()) {
            double[] cost = costs.computeIfAbsent(m.group(2), k -> new double[2]);
            cost[m.group(1).equals("sum") ? 0 : 1] += Double.parseDouble(m.group(3));
        }
        return costs;
    }

    /**
     * Polls until every group is at the head (lag 0); returns the last reading. Says every 30 s which groups are
     * behind: a run that waits long shows where it waits, even if it is stopped from outside before the timeout.
     */
    Lags awaitHead(Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + REPORT_EVERY.toNanos();
        Lags last = lags();
        while (last.max() > 0) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException("processors not at the head after " + timeout + ": " + last.groups() + " " + last.lags());
            }
            if (now > nextReport) {
                System.err.printf("still waiting for the head after %d s: %s %s%n", (now - start) / 1_000_000_000L,
                        last.groups(), last.lags());
                nextReport = now + REPORT_EVERY.toNanos();
            }
            Thread.sleep(50);
            last = lags();
        }
        return last;
    }

    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);
}
