package org.specloop.app.observability;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Axon's timers and counters (and, for an event processor, its latency gauge) under Axon's names (mapped
 * to ours by {@link AxonMeterConventions}), registered once per set of tags. Axon's own monitors register
 * four timers and five counters for every message they see, and Micrometer caches only meters it accepts:
 * the "all" timer and "processed" counter the conventions drop took the registry's lock on every event of
 * every processor (19 s of lock waits in a two-minute plant benchmark), and on every command and query.
 * The dropped two are not registered at all here.
 */
final class RegisteredOnceMonitor implements MessageMonitor<Message<?>> {
    private final String prefix;
    private final MeterRegistry registry;
    private final Function<Message<?>, Iterable<Tag>> tags;
    private final Function<Message<?>, Iterable<Tag>> latencyTags;
    private final Clock clock;
    private final Map<Tags, Meters> meters = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicLong> latencies = new ConcurrentHashMap<>();

    private RegisteredOnceMonitor(String prefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags,
                                  Function<Message<?>, Iterable<Tag>> latencyTags) {
        this.prefix = prefix;
        this.registry = registry;
        this.tags = tags;
        this.latencyTags = latencyTags;
        this.clock = registry.config().clock();
    }

    /** An event processor's: Axon's timer and counting monitors and its latency gauge (the last event's age). */
    static RegisteredOnceMonitor forProcessor(String prefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags,
                                              Function<Message<?>, Iterable<Tag>> latencyTags) {
        return new RegisteredOnceMonitor(prefix, registry, tags, latencyTags);
    }

    /** A bus's (commands, events published, queries): Axon's timer and counting monitors. */
    static RegisteredOnceMonitor forBus(String prefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags) {
        return new RegisteredOnceMonitor(prefix, registry, tags, null);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        if (latencyTags != null && message instanceof EventMessage<?> event) {
            latencies.computeIfAbsent(Tags.of(latencyTags.apply(event)), this::latencyGauge)
                    .set(clock.wallTime() - event.getTimestamp().toEpochMilli());
        }
        Meters of = meters.computeIfAbsent(Tags.of(tags.apply(message)), this::register);
        of.ingested.increment();
        long start = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                of.success.record(clock.monotonicTime() - start);
            }

            @Override
            public void reportFailure(Throwable cause) {
                of.failure.record(clock.monotonicTime() - start);
            }

            @Override
            public void reportIgnored() {
                of.ignored.record(clock.monotonicTime() - start);
            }
        };
    }

    private Meters register(Tags tagged) {
        return new Meters(registry.counter(prefix + ".ingestedCounter", tagged), outcome("success", tagged),
                outcome("failure", tagged), outcome("ignored", tagged));
    }

    /** Axon's pair per outcome: {@code <prefix>.<outcome>Timer} and {@code <prefix>.<outcome>Counter}. */
    private Outcome outcome(String name, Tags tagged) {
        return new Outcome(Timer.builder(prefix + "." + name + "Timer").tags(tagged).register(registry),
                registry.counter(prefix + "." + name + "Counter", tagged));
    }

    private AtomicLong latencyGauge(Tags tagged) {
        AtomicLong latency = new AtomicLong();
        Gauge.builder(prefix + ".latency", latency::get).tags(tagged).register(registry);
        return latency;
    }

    private record Meters(Counter ingested, Outcome success, Outcome failure, Outcome ignored) {
    }

    private record Outcome(Timer timer, Counter counter) {
        void record(long nanos) {
            timer.record(nanos, TimeUnit.NANOSECONDS);
            counter.increment();
        }
    }
}
