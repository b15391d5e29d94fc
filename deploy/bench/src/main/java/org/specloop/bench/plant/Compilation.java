package org.specloop.bench.plant;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's JIT compilation time so far, from Micrometer's {@code jvm.compilation.time} in the node's
 * Prometheus scrape: the time the compiler threads spent, all of it CPU on a machine of two cores.
 */
final class Compilation {
    private static final Pattern TIME = Pattern.compile("^jvm_compilation_time_ms_total\\{[^}]*\\} ([0-9.eE+-]+)$",
            Pattern.MULTILINE);
    private final PlantApi api;

    Compilation(PlantApi api) {
        this.api = api;
    }

    double millis() throws Exception {
        Matcher m = TIME.matcher(api.getOk(PlantApi.Actor.ADMIN, "/actuator/prometheus"));
        if (!m.find()) {
            throw new IllegalStateException("the node's Prometheus scrape has no jvm_compilation_time_ms_total");
        }
        double total = Double.parseDouble(m.group(1));
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }
}
