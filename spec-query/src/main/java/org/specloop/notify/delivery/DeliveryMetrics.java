package org.specloop.notify.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.specloop.notify.subscription.ChannelKind;

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
        // every series exists from the start at zero, so rates and alerts see a channel before its first failure
        for (ChannelKind channel : ChannelKind.values()) {
            latency(channel);
            for (String outcome : new String[] {"outage", "gone", "retry"}) {
                failures(channel, outcome);
            }
            deadLetters(channel);
        }
    }

    public void delivered(ChannelKind channel, Instant eventTime, Instant now) {
        Duration latency = Duration.between(eventTime, now);
        latency(channel).record(latency.isNegative() ? Duration.ZERO : latency);
    }

    public void failed(ChannelKind channel, String outcome) {
        failures(channel, outcome).increment();
    }

    public void deadLettered(ChannelKind channel) {
        deadLetters(channel).increment();
    }

    private Timer latency(ChannelKind channel) {
        return Timer.builder("notify.delivery.latency")
                .description("Time from the domain event to the acknowledged delivery of its notification")
                .tag("channel", channel.name().toLowerCase())
                .publishPercentileHistogram()
                .register(registry);
    }

    private Counter failures(ChannelKind channel, String outcome) {
        return Counter.builder("notify.delivery.failures").description("Failed delivery attempts, by channel and outcome")
                .tag("channel", channel.name().toLowerCase()).tag("outcome", outcome).register(registry);
    }

    private Counter deadLetters(ChannelKind channel) {
        return Counter.builder("notify.delivery.dead.letters").description("Notifications given up on after their last retry")
                .tag("channel", channel.name().toLowerCase()).register(registry);
    }
}
