package org.specloop.app.observability;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event processors are timed and counted, without Axon's capacity monitor and its 10-minute window of every event,
 * and without the "all" timer and "processed" counter the meter conventions drop (never registered).
 */
class AxonMetricsConfigurationTest {

    @Test
    void aProcessorsMonitorsAreTimersAndCountersWithoutCapacity() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MessageMonitor<? super org.axonframework.eventhandling.EventMessage<?>> monitor = new AxonMetricsConfiguration()
                .globalMetricRegistry(meters).registerEventProcessor("query-lots", m -> Tags.empty(), m -> Tags.empty());

        for (int i = 0; i < 3; i++) {
            monitor.onMessageIngested(GenericEventMessage.asEventMessage("event-" + i)).reportSuccess();
        }

        assertThat(meters.getMeters()).extracting(m -> m.getId().getName())
                .contains("query-lots.latency", "query-lots.successTimer", "query-lots.successCounter")
                .noneMatch(name -> name.contains("capacity") || name.endsWith("allTimer") || name.endsWith("processedCounter"));
        assertThat(meters.get("query-lots.successCounter").counter().count()).isEqualTo(3.0);
    }
}
