package org.specloop.notify.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRepository;
import org.specloop.notify.subscription.ChannelKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * notify.outbox.rows{channel, status}: notifications waiting (PENDING) and given up on (DEAD, until
 * replayed). Counters only say how many died; this says how many are dead now, which is what an alert
 * should follow. Every scrape of every node would count the table, so one count serves all gauges for maxAge.
 */
public class OutboxGauges implements MeterBinder {
    private final OutboxRepository outbox;
    private final Clock clock;
    private final Duration maxAge;
    private Map<String, Long> counts = Map.of();
    private Instant countedAt = Instant.MIN;

    public OutboxGauges(OutboxRepository outbox, Clock clock, Duration maxAge) {
        this.outbox = outbox;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ChannelKind channel : ChannelKind.values()) {
            for (DeliveryStatus status : new DeliveryStatus[] {DeliveryStatus.PENDING, DeliveryStatus.DEAD}) {
                Gauge.builder("notify.outbox.rows", this, g -> g.rows(channel.name(), status.name()))
                        .description("Notifications in the outbox by channel and status (pending or dead)")
                        .tag("channel", channel.name().toLowerCase()).tag("status", status.name().toLowerCase())
                        .register(registry);
            }
        }
    }

    private synchronized double rows(String channel, String status) {
        Instant now = clock.instant();
        if (!now.isBefore(countedAt.plus(maxAge))) {
            Map<String, Long> fresh = new HashMap<>();
            outbox.countsByChannelAndStatus().forEach(c -> fresh.put(c.channelKind() + "/" + c.status(), c.rows()));
            counts = fresh;
            countedAt = now;
        }
        return counts.getOrDefault(channel + "/" + status, 0L);
    }
}
