package org.specloop.app.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Per processing group: specloop.processor.replaying (1 while a replay runs) and specloop.processor.replay.progress
 * (percent, 100 when idle). Lag per segment is ProcessorLagMetrics' (one name, one set of tags: Prometheus
 * refuses a second meter of the same name with other tags). A scrape reads the token table once per group
 * and second at most, however many gauges and scrapers ask.
 */
@Component
public class ReplayMetrics {
    private static final long MAX_AGE_NANOS = 1_000_000_000L;
    private final ProcessorAdmin admin;
    private final EventProcessingConfiguration processing;
    private final MeterRegistry registry;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    private record Snapshot(long takenAt, ProcessorView view) {
    }

    public ReplayMetrics(ProcessorAdmin admin, EventProcessingConfiguration processing, MeterRegistry registry) {
        this.admin = admin;
        this.processing = processing;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        for (String group : processing.eventProcessors().keySet()) {
            gauge("specloop.processor.replaying", group, "1 while the group replays the event store", v -> v.replaying() ? 1 : 0);
            gauge("specloop.processor.replay.progress", group, "percent of a running replay; 100 when idle",
                    ProcessorView::replayPercent);
        }
    }

    private void gauge(String name, String group, String description, ToDoubleFunction<ProcessorView> value) {
        Gauge.builder(name, this, self -> self.current(group) == null ? Double.NaN : value.applyAsDouble(self.current(group)))
                .tag("processor", group).description(description).register(registry);
    }

    private ProcessorView current(String group) {
        long now = System.nanoTime();
        Snapshot snapshot = snapshots.compute(group, (g, old) -> old != null && now - old.takenAt() < MAX_AGE_NANOS ? old
                : new Snapshot(now, admin.one(g).orElse(null)));
        return snapshot.view();
    }
}
