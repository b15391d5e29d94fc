package org.specloop.app.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How far each event processor segment is behind the event store, and how many events each
 * processing group has parked as dead letters. Pooled streaming processors publish no lag of their
 * own, and a node only knows the segments it claims; the token table knows every segment of every
 * node, including those of a stopped processor, which is exactly when lag matters.
 * <p>
 * specloop.processor.lag{processor, segment} = event store head (highest global index) minus the
 * segment token's position; specloop.event.store.head; specloop.processor.dead.letters{group}.
 * The three small queries run on one background thread every refresh period, never per scrape, so
 * three nodes scraped every few seconds add a fixed, tiny load to the database.
 */
public class ProcessorLagMetrics implements MeterBinder, AutoCloseable {
    public static final String LAG = "specloop.processor.lag";
    public static final String HEAD = "specloop.event.store.head";
    public static final String DEAD_LETTERS = "specloop.processor.dead.letters";
    private static final Logger log = LoggerFactory.getLogger(ProcessorLagMetrics.class);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Duration refresh;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "processor-lag-metrics");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long head;
    private boolean failing;

    public ProcessorLagMetrics(JdbcTemplate jdbc, Serializer serializer, Duration refresh) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.refresh = refresh;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(HEAD, this, m -> m.head).description("Highest global index in the event store").register(registry);
        MultiGauge lag = MultiGauge.builder(LAG)
                .description("Events between the event store head and a processor segment's token").register(registry);
        MultiGauge deadLetters = MultiGauge.builder(DEAD_LETTERS)
                .description("Events parked in the dead-letter queue of a processing group").register(registry);
        scheduler.scheduleWithFixedDelay(() -> refresh(lag, deadLetters), refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh(MultiGauge lag, MultiGauge deadLetters) {
        try {
            Snapshot snapshot = read();
            head = snapshot.head();
            List<MultiGauge.Row<?>> lagRows = new ArrayList<>();
            snapshot.positions().forEach((key, position) -> lagRows.add(MultiGauge.Row.of(
                    Tags.of("processor", key.processor(), "segment", Integer.toString(key.segment())),
                    Math.max(0, snapshot.head() - position))));
            lag.register(lagRows, true);
            List<MultiGauge.Row<?>> letterRows = new ArrayList<>();
            snapshot.deadLetters().forEach((group, count) -> letterRows.add(MultiGauge.Row.of(Tags.of("group", group), count)));
            deadLetters.register(letterRows, true);
            failing = false;
        } catch (RuntimeException e) {
            // the gauges keep their last values; say so once per outage, not every few seconds
            if (!failing) {
                log.warn("processor lag metrics could not be read, keeping the last values: {}", e.toString());
                failing = true;
            }
        }
    }

    record Segment(String processor, int segment) implements Comparable<Segment> {
        @Override
        public int compareTo(Segment other) {
            int byName = processor.compareTo(other.processor);
            return byName != 0 ? byName : Integer.compare(segment, other.segment);
        }
    }

    record Snapshot(long head, Map<Segment, Long> positions, Map<String, Long> deadLetters) {
    }

    /** One consistent-enough look at head, tokens and dead letters; package-visible for tests. */
    Snapshot read() {
        Long max = jdbc.queryForObject("SELECT MAX(globalIndex) FROM domain_event_entry", Long.class);
        long storeHead = max == null ? 0 : max;
        Map<Segment, Long> positions = new TreeMap<>();
        Map<String, Long> letters = new TreeMap<>();
        jdbc.query("SELECT processorName, segment, token, tokenType FROM token_entry", rs -> {
            String processor = rs.getString(1);
            positions.put(new Segment(processor, rs.getInt(2)), position(rs.getBytes(3), rs.getString(4)));
            // every processing group gets a dead-letter series, at zero while it has none
            letters.put(processor, 0L);
        });
        jdbc.query("SELECT processingGroup, COUNT(*) FROM dead_letter_entry GROUP BY processingGroup",
                rs -> {
                    letters.put(rs.getString(1), rs.getLong(2));
                });
        return new Snapshot(storeHead, positions, letters);
    }

    /** A segment without a token has read nothing yet: it is behind by the whole store. */
    private long position(byte[] token, String tokenType) {
        if (token == null || tokenType == null) {
            return 0;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
        return tracking == null ? 0 : tracking.position().orElse(0);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
