package org.specloop.command.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ingest.records{topic, outcome}: accepted, duplicate, parked, dead-lettered (or refused over HTTP). */
public final class IngestMetrics {

    public static final String RECORDS = "ingest.records";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String topic, String outcome, long n) {
        if (n > 0) {
            counters.computeIfAbsent(topic + '\u0000' + outcome, k -> Counter.builder(RECORDS)
                    .description("Records taken in by ingest, by topic and outcome")
                    .tag("topic", topic).tag("outcome", outcome).register(registry)).increment(n);
        }
    }
}
