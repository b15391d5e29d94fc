package org.specloop.app.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** An event processor's meters: what Axon's own monitors export, registered once instead of per event. */
class ProcessorMonitorTest {

    @Test
    void exportsTheSeriesAxonsMonitorsExport() {
        SimpleMeterRegistry ours = registry(new AtomicInteger());
        SimpleMeterRegistry axons = registry(new AtomicInteger());
        handle(new ProcessorMonitor("eventProcessor", ours, ProcessorMonitorTest::tags, ProcessorMonitorTest::latencyTags));
        handle(new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor("eventProcessor", axons, ProcessorMonitorTest::tags),
                EventProcessorLatencyMonitor.builder().meterNamePrefix("eventProcessor").meterRegistry(axons)
                        .tagsBuilder(ProcessorMonitorTest::latencyTags).build(),
                MessageCountingMonitor.buildMonitor("eventProcessor", axons, ProcessorMonitorTest::tags))));

        assertThat(series(ours)).isEqualTo(series(axons)).contains(
                "axon.event_processor.handled{outcome=success,processor=query-lots}",
                "axon.event_processor.latency.milliseconds{processor=query-lots}");
        for (String outcome : List.of("success", "failure", "ignored")) {
            assertThat(ours.get("axon.event_processor.handled").tag("outcome", outcome).counter().count())
                    .isEqualTo(axons.get("axon.event_processor.handled").tag("outcome", outcome).counter().count());
            assertThat(ours.get("axon.event_processor.handling").tag("outcome", outcome).timer().count())
                    .isEqualTo(axons.get("axon.event_processor.handling").tag("outcome", outcome).timer().count());
        }
        assertThat(ours.get("axon.event_processor.handled").tag("outcome", "success").counter().count()).isEqualTo(2);
        assertThat(ours.get("axon.event_processor.ingested").counter().count()).isEqualTo(4);
    }

    @Test
    void latencyIsTheAgeOfTheLastEventSeen() {
        SimpleMeterRegistry meters = registry(new AtomicInteger());
        var monitor = new ProcessorMonitor("eventProcessor", meters, ProcessorMonitorTest::tags, ProcessorMonitorTest::latencyTags);

        monitor.onMessageIngested(event("LotHeld", Instant.now().minusSeconds(30))).reportSuccess();

        assertThat(meters.get("axon.event_processor.latency.milliseconds").gauge().value()).isBetween(30_000.0, 40_000.0);
    }

    @Test
    void registersEachMeterOnceNotPerEvent() {
        AtomicInteger filtered = new AtomicInteger();
        SimpleMeterRegistry meters = registry(filtered);
        var monitor = new ProcessorMonitor("eventProcessor", meters, ProcessorMonitorTest::tags, ProcessorMonitorTest::latencyTags);

        for (int i = 0; i < 1_000; i++) {
            monitor.onMessageIngested(event(i % 2 == 0 ? "LotHeld" : "MeasurementRecorded", Instant.now())).reportSuccess();
        }

        // two payload types: eight meters each at most, whatever the number of events
        assertThat(filtered.get()).isLessThanOrEqualTo(16);
        assertThat(meters.get("axon.event_processor.handled").tag("outcome", "success").counter().count()).isEqualTo(1_000);
    }

    private static void handle(MessageMonitor<? super EventMessage<?>> monitor) {
        monitor.onMessageIngested(event("LotHeld", Instant.now())).reportSuccess();
        monitor.onMessageIngested(event("MeasurementRecorded", Instant.now())).reportSuccess();
        monitor.onMessageIngested(event("LotHeld", Instant.now())).reportFailure(new IllegalStateException("test"));
        monitor.onMessageIngested(event("LotHeld", Instant.now())).reportIgnored();
    }

    private static EventMessage<?> event(String payload, Instant at) {
        return new GenericEventMessage<>(new org.axonframework.messaging.GenericMessage<>(payload, MetaData.emptyInstance()), () -> at);
    }

    /** As Axon's dimensional metrics tag them. */
    private static Iterable<io.micrometer.core.instrument.Tag> tags(org.axonframework.messaging.Message<?> message) {
        return Tags.of("processorName", "query-lots", "payloadType", message.getPayloadType().getName());
    }

    private static Iterable<io.micrometer.core.instrument.Tag> latencyTags(org.axonframework.messaging.Message<?> message) {
        return Tags.of("processorName", "query-lots");
    }

    private static SimpleMeterRegistry registry(AtomicInteger filtered) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        meters.config().meterFilter(new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                filtered.incrementAndGet();
                return MeterFilterReply.NEUTRAL;
            }
        });
        meters.config().meterFilter(new AxonMeterConventions(false));
        return meters;
    }

    private static Set<String> series(SimpleMeterRegistry meters) {
        return meters.getMeters().stream().map(m -> m.getId().getName() + m.getId().getTags().stream()
                .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(",", "{", "}")))
                .collect(Collectors.toSet());
    }
}
