package org.specloop.bench.plant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Sampled latencies in microseconds, and their percentiles (nearest rank). */
final class Latencies {
    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

    void add(long nanos) {
        micros.add(nanos / 1000);
    }

    int count() {
        return micros.size();
    }

    /** The p-quantile in milliseconds, -1 without samples. */
    double millis(double p) {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        if (sorted.isEmpty()) {
            return -1;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank))) / 1000.0;
    }
}
