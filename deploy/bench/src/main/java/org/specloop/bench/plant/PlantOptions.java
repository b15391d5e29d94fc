package org.specloop.bench.plant;

import java.util.HashMap;
import java.util.Map;

/**
 * The plant's size. --measurements is the load; the lots and motors follow it up to their caps, so that
 * the smaller runs of the scaling table are plants of their own (every lot with at least five samples at
 * 20 degC, the drift watch's minimum) rather than a few measurements spread thin over 10,000 lots.
 */
record PlantOptions(String base, String jdbc, String user, long measurements, int lotsCap, int motorsCap, int threads,
                    int batch, int readers, double querySeconds, long appPid) {

    static PlantOptions parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            o.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        for (String required : new String[]{"base", "jdbc"}) {
            if (!o.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + "= is required");
            }
        }
        return new PlantOptions(o.get("base"), o.get("jdbc"), o.getOrDefault("user", "postgres"),
                Long.parseLong(o.getOrDefault("measurements", "1000000")), Integer.parseInt(o.getOrDefault("lots", "10000")),
                Integer.parseInt(o.getOrDefault("motors", "10000")), Integer.parseInt(o.getOrDefault("threads", "32")),
                Integer.parseInt(o.getOrDefault("batch", "50")), Integer.parseInt(o.getOrDefault("readers", "32")),
                Double.parseDouble(o.getOrDefault("query-seconds", "10")), Long.parseLong(o.getOrDefault("app-pid", "0")));
    }

    /** Lots of the main 42SH source: 1 per 100 measurements, at least 400 (Phase I of every chart fills), at most --lots. */
    int mainLots() {
        return (int) Math.min(lotsCap, Math.max(400, measurements / 100));
    }

    /** Motors on the rig: one per main lot, at most --motors. */
    int motors() {
        return Math.min(motorsCap, mainLots());
    }
}
