package org.specloop.app.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
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
class RegisteredOnceMonitorTest {

    @Test
    void exportsTheSeriesAxonsMonitorsExport() {
        SimpleMeterRegistry ours = registry(new AtomicInteger());
        SimpleMeterRegistry axons = registry(new AtomicInteger());
        handle(RegisteredOnceMonitor.forProcessor("eventProcessor", ours, RegisteredOnceMonitorTest::tags, RegisteredOnceMonitorTest::latencyTags));
        handle(new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor("eventProcessor", axons, RegisteredOnceMonitorTest::tags),
                EventProcessorLatencyMonitor.builder().meterNamePrefix("eventProcessor").meterRegistry(axons)
                        .tagsBuilder(RegisteredOnceMonitorTest::latencyTags).build(),
                MessageCountingMonitor.buildMonitor("eventProcessor", axons, RegisteredOnceMonitorTest::tags))));

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
    void theBusesExportTheSeriesAxonsBusMonitorsExportRegisteredOnce() {
        AtomicInteger filtered = new AtomicInteger();
        SimpleMeterRegistry ours = registry(filtered);
        SimpleMeterRegistry axons = registry(new AtomicInteger());
        GlobalMetricRegistry configured = new AxonMetricsConfiguration().globalMetricRegistry(ours);
        GlobalMetricRegistry axonsOwn = new GlobalMetricRegistry(axons);
        for (int i = 0; i < 3; i++) {
            CommandMessage<Object> command = GenericCommandMessage.asCommandMessage("HoldLot-" + i);
            MessageMonitor<? super CommandMessage<?>> ourBus = configured.registerCommandBus("commandBus", RegisteredOnceMonitorTest::busTags);
            MessageMonitor<? super CommandMessage<?>> axonsBus = axonsOwn.registerCommandBus("commandBus", RegisteredOnceMonitorTest::busTags);
            ourBus.onMessageIngested(command).reportSuccess();
            axonsBus.onMessageIngested(command).reportSuccess();
            EventMessage<?> event = event("LotHeld", Instant.now());
            configured.registerEventBus("eventBus", RegisteredOnceMonitorTest::busTags).onMessageIngested(event).reportSuccess();
            axonsOwn.registerEventBus("eventBus", RegisteredOnceMonitorTest::busTags).onMessageIngested(event).reportSuccess();
        }

        assertThat(series(ours)).isEqualTo(series(axons)).contains(
                "axon.command_bus.handled{outcome=success}", "axon.command_bus.capacity{}", "axon.event_bus.ingested{}");
        assertThat(ours.get("axon.command_bus.handled").tag("outcome", "success").counter().count())
                .isEqualTo(axons.get("axon.command_bus.handled").tag("outcome", "success").counter().count());

        int registered = filtered.get();
        MessageMonitor<? super CommandMessage<?>> commandBus = configured.registerCommandBus("commandBus", RegisteredOnceMonitorTest::busTags);
        for (int i = 0; i < 1_000; i++) {
            commandBus.onMessageIngested(GenericCommandMessage.asCommandMessage("HoldLot-" + i)).reportSuccess();
        }
        // a new monitor for the same bus finds its meters registered; no command registers one again
        assertThat(filtered.get()).isEqualTo(registered);
        assertThat(ours.get("axon.command_bus.handled").tag("outcome", "success").counter().count()).isEqualTo(1_003);
    }

    @Test
    void latencyIsTheAgeOfTheLastEventSeen() {
        SimpleMeterRegistry meters = registry(new AtomicInteger());
        var monitor = RegisteredOnceMonitor.forProcessor("eventProcessor", meters, RegisteredOnceMonitorTest::tags, RegisteredOnceMonitorTest::latencyTags);

        monitor.onMessageIngested(event("LotHeld", Instant.now().minusSeconds(30))).reportSuccess();

        assertThat(meters.get("axon.event_processor.latency.milliseconds").gauge().value()).isBetween(30_000.0, 40_000.0);
    }

    @Test
    void registersEachMeterOnceNotPerEvent() {
        AtomicInteger filtered = new AtomicInteger();
        SimpleMeterRegistry meters = registry(filtered);
        var monitor = RegisteredOnceMonitor.forProcessor("eventProcessor", meters, RegisteredOnceMonitorTest::tags, RegisteredOnceMonitorTest::latencyTags);

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

    private static Iterable<io.micrometer.core.instrument.Tag> busTags(org.axonframework.messaging.Message<?> message) {
        return Tags.empty();
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
