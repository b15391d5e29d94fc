package org.specloop.query.notify.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.specloop.query.notify.subscription.ChannelKind;

import java.time.Duration;
import java.time.Instant;

/**
 * notify.delivery.latency: from the domain event's timestamp to the receiver's acknowledgement,
 * i.e. what an OEM experiences, not just our send time; notify.delivery.failures and
 * notify.delivery.dead.letters count failed attempts and given-up rows. All tagged by channel.
 */
public class DeliveryMetrics {
    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void delivered(ChannelKind channel, Instant eventTime, Instant now) {
        Duration latency = Duration.between(eventTime, now);
        Timer.builder("notify.delivery.latency")
                .description("Time from the domain event to the acknowledged delivery of its notification")
                .tag("channel", channel.name().toLowerCase())
                .publishPercentileHistogram()
                .register(registry)
                .record(latency.isNegative() ? Duration.ZERO : latency);
    }

    public void failed(ChannelKind channel, String outcome) {
        Counter.builder("notify.delivery.failures").tag("channel", channel.name().toLowerCase()).tag("outcome", outcome)
                .register(registry).increment();
    }

    public void deadLettered(ChannelKind channel) {
        Counter.builder("notify.delivery.dead.letters").tag("channel", channel.name().toLowerCase())
                .register(registry).increment();
    }
}
