package org.specloop.bench.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The floors issue 24 sets on a 2-core machine, and the goals beyond them; the report compares each figure
 * of a run with both, so a run says itself which it met.
 */
final class Floors {
    /** figure, floor, goal, true when higher is better. */
    private record Floor(String figure, double floor, double goal, boolean higherIsBetter) {
        boolean met(double value) {
            return higherIsBetter ? value >= floor : value <= floor;
        }

        boolean goalMet(double value) {
            return higherIsBetter ? value >= goal : value <= goal;
        }
    }

    private static final List<Floor> FLOORS = List.of(
            new Floor("processed_per_s", 5_000, Double.NaN, true),
            new Floor("head_after_load_s", 10, Double.NaN, false),
            new Floor("verdict_p99_ms", 1_000, 100, false),
            new Floor("drift_ms", 2_000, Double.NaN, false),
            new Floor("reevaluate_s", 10, 3, false),
            new Floor("query_p99_ms", 200, 50, false),
            new Floor("replay_events_per_s", 30_000, 100_000, true));

    private Floors() {
    }

    static boolean met(Map<String, String> figures) {
        return FLOORS.stream().allMatch(f -> figures.containsKey(f.figure()) && f.met(Double.parseDouble(figures.get(f.figure()))));
    }

    static List<String> report(Map<String, String> figures) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-22s %12s %12s %12s  %s", "figure", "value", "floor", "goal", "met"));
        for (Floor f : FLOORS) {
            double value = Double.parseDouble(figures.getOrDefault(f.figure(), "NaN"));
            String goal = Double.isNaN(f.goal()) ? "-" : fmt(f.goal());
            String met = f.met(value) ? (Double.isNaN(f.goal()) || f.goalMet(value) ? "floor and goal" : "floor") : "NO";
            lines.add(String.format(Locale.ROOT, "%-22s %12s %12s %12s  %s", f.figure(), figures.get(f.figure()), fmt(f.floor()), goal, met));
        }
        return lines;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
