package org.specloop.app.observability;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's monitors, registered as Axon registers them, come out under the conventions' names and labels. */
class AxonMeterConventionsTest {

    @Test
    void oneSeriesPerProcessorAndOutcomeWithoutPayloadTypes() {
        SimpleMeterRegistry meters = registry(false);
        handle(meters, "LotHeld", "MeasurementRecorded", "LotHeld");

        assertThat(meters.getMeters()).extracting(m -> m.getId().getName()).containsOnly(
                "axon.event_processor.handling", "axon.event_processor.handled", "axon.event_processor.ingested");
        assertThat(meters.get("axon.event_processor.handled").tags("processor", "query-lots", "outcome", "success")
                .counter().count()).isEqualTo(3.0);
        assertThat(meters.get("axon.event_processor.handling").tag("outcome", "success").timer().count()).isEqualTo(3);
        assertThat(meters.getMeters()).allSatisfy(m -> {
            assertThat(m.getId().getTag("payload_type")).isNull();
            assertThat(m.getId().getDescription()).isNotBlank();
        });
    }

    @Test
    void payloadTypesOnlyWhenAskedFor() {
        SimpleMeterRegistry meters = registry(true);
        handle(meters, "LotHeld", "MeasurementRecorded", "LotHeld");

        assertThat(meters.get("axon.event_processor.handled").tags("payload_type", "java.lang.String", "outcome", "success")
                .counter().count()).isEqualTo(3.0);
    }

    @Test
    void camelCaseBecomesSnakeCase() {
        assertThat(AxonMeterConventions.snake("eventProcessor")).isEqualTo("event_processor");
        assertThat(AxonMeterConventions.snake("queryUpdateEmitter")).isEqualTo("query_update_emitter");
        assertThat(AxonMeterConventions.snake("commandBus")).isEqualTo("command_bus");
    }

    private static SimpleMeterRegistry registry(boolean payloadTypes) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        meters.config().meterFilter(new AxonMeterConventions(payloadTypes));
        return meters;
    }

    /** As Axon's dimensional metrics do: prefix eventProcessor, tags processorName and payloadType. */
    private static void handle(SimpleMeterRegistry meters, String... payloads) {
        MessageMonitor<org.axonframework.messaging.Message<?>> monitor = new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor("eventProcessor", meters, m -> Tags.of("processorName", "query-lots",
                        "payloadType", m.getPayloadType().getName())),
                MessageCountingMonitor.buildMonitor("eventProcessor", meters, m -> Tags.of("processorName", "query-lots",
                        "payloadType", m.getPayloadType().getName()))));
        for (String payload : payloads) {
            monitor.onMessageIngested(GenericEventMessage.asEventMessage(payload)).reportSuccess();
        }
    }
}
