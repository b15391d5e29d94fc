package org.specloop.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.specloop.contracts.ingest.IngestTopics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/** ingest.records{topic, outcome}: accepted, duplicate, parked, dead-lettered (or refused over HTTP). */
public final class IngestMetrics {

    public static final String RECORDS = "ingest.records";
    public static final String PAUSED = "specloop.ingest.paused";
    public static final String RESTARTS = "ingest.consumer.restarts";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // the series dashboards and the dead-letter alert read exist at zero before the first record
        for (String topic : List.of(IngestTopics.RIG_SAMPLES, IngestTopics.RIG_RUNS, IngestTopics.LOT_RECEIPTS,
                IngestTopics.LAB_MEASUREMENTS)) {
            for (String outcome : List.of("accepted", "refused", "dead-lettered")) {
                counter(topic, outcome);
            }
        }
    }

    /** specloop.ingest.paused: 1 while an operator keeps this node's Kafka consumers paused, so a silent node is explained. */
    public void pausedGauge(BooleanSupplier paused) {
        Gauge.builder(PAUSED, () -> paused.getAsBoolean() ? 1 : 0)
                .description("1 while this node's Kafka ingest is paused by an operator").register(registry);
    }

    /** ingest.consumer.restarts{consumer}: a consumer loop failed and a new one took its place. */
    public void consumerRestarted(String consumer) {
        Counter.builder(RESTARTS).description("Ingest consumers replaced after they failed").tag("consumer", consumer)
                .register(registry).increment();
    }

    public void count(String topic, String outcome, long n) {
        if (n > 0) {
            counter(topic, outcome).increment(n);
        }
    }

    private Counter counter(String topic, String outcome) {
        return counters.computeIfAbsent(topic + '\u0000' + outcome, k -> Counter.builder(RECORDS)
                .description("Records taken in by ingest, by topic and outcome")
                .tag("topic", topic).tag("outcome", outcome).register(registry));
    }
}
