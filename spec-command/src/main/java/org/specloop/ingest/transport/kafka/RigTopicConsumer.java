package org.specloop.ingest.transport.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.ingest.DeadLetter;
import org.specloop.ingest.IngestMetrics;
import org.specloop.ingest.IngestOffsets;
import org.specloop.ingest.PartitionFencedException;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.Source;
import org.specloop.ingest.StoredOffset;
import org.specloop.ingest.parse.ParsedSample;
import org.specloop.ingest.rig.RigIngestEngine;
import org.specloop.ingest.parse.RunControlParser;

/**
 * One consumer thread for both rig topics. Both are subscribed in one group with the range
 * assignor, so partition n of run control and partition n of samples (a run's key lands on the same
 * number in both) belong to the same thread. Offsets live in the database with the run state
 * (IngestOffsets): on assignment the consumer seeks there, and it stores them only through
 * {@link RigIngestEngine#flush}, never ahead of the state they produced.
 */
final class RigTopicConsumer implements ConsumerSupervisor.Loop {

    private static final Logger log = LoggerFactory.getLogger(RigTopicConsumer.class);
    private static final long CAUGHT_UP_CHECK_MS = 100;
    private static final long RETRY_FIRST_MS = 1000;
    private static final long RETRY_MAX_MS = 10_000;

    private final Consumer<byte[], RigRecord> consumer;
    private final RigIngestEngine engine;
    private final DeadLetterPublisher deadLetters;
    private final int maxRecordBytes;
    private final IngestOffsets offsets;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final String groupId;
    private final String runsTopic;
    private final String samplesTopic;
    private final Duration flushInterval;
    private final int flushRecords;
    private final int maxPollRecords;
    private final IngestPause pause;
    private final RunControlParser control;
    private final Map<Integer, Long> caughtUpAt = new HashMap<>();
    /** Samples partitions paused while the park is full (holdBack). */
    private final Set<TopicPartition> heldBack = new HashSet<>();
    private volatile boolean running = true;
    private long lastFlush;
    private long lastCaughtUpCheck;
    private int sinceFlush;
    /** The last poll was full: more is waiting, so no partition can be caught up and asking the broker is wasted. */
    private boolean backlog;

    /**
     * The rig consumers' own settings.
     *
     * @param groupId        the consumer group of both rig topics
     * @param flushInterval  state and offsets are stored at least this often ...
     * @param flushRecords   ... and after this many records
     * @param maxPollRecords a poll this full means a backlog: no partition is checked for being caught up
     */
    record Settings(String groupId, String runsTopic, String samplesTopic, Duration flushInterval, int flushRecords,
                    int maxPollRecords) {
    }

    RigTopicConsumer(Consumer<byte[], RigRecord> consumer, ConsumerCommons commons, Settings settings,
                     RigIngestEngine engine, IngestOffsets offsets, Clock clock, RunControlParser control) {
        this.consumer = consumer;
        this.control = control;
        this.engine = engine;
        this.deadLetters = commons.deadLetters();
        this.offsets = offsets;
        this.metrics = commons.metrics();
        this.clock = clock;
        this.groupId = settings.groupId();
        this.runsTopic = settings.runsTopic();
        this.samplesTopic = settings.samplesTopic();
        this.flushInterval = settings.flushInterval();
        this.flushRecords = settings.flushRecords();
        this.maxPollRecords = settings.maxPollRecords();
        this.maxRecordBytes = commons.maxRecordBytes();
        this.pause = commons.pause();
    }

    @Override
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(runsTopic, samplesTopic), new Rebalance());
            lastFlush = clock.millis();
            while (running) {
                try {
                    releaseHeldBack();
                    pause.apply(Thread.currentThread().getName(), consumer, heldBack);
                    // inside the try: a rebalance runs Rebalance below within poll, and it reads the database
                    ConsumerRecords<byte[], RigRecord> records = consumer.poll(Duration.ofMillis(100));
                    handle(records);
                    backlog = records.count() >= maxPollRecords;
                    long now = clock.millis();
                    closePoints(now);
                    engine.sendDecided();
                    engine.expireParked(now).forEach(this::deadLetter);
                    if (sinceFlush >= flushRecords || now - lastFlush >= flushInterval.toMillis()) {
                        periodicFlush();
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (PartitionFencedException e) {
                    log.warn("{}; dropping this consumer's unsaved state, the owner re-reads from the stored offsets",
                            e.getMessage());
                    discardAssigned();
                    retryFromStoredOffsets();
                } catch (RuntimeException e) {
                    log.error("rig ingest failed; retrying from the last stored offsets in 1 s", e);
                    retryFromStoredOffsets();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            pause.stopped(Thread.currentThread().getName());
            try {
                flush();
            } catch (RuntimeException e) {
                log.warn("final flush failed; the records since the last flush will be read again", e);
            }
            consumer.close();
        }
    }

    /**
     * Run control first: a poll often carries a RunStarted and the first samples of that run together.
     * The two topics are handled in methods of their own because the JIT compiles them apart: a rare
     * control path taken for the first time (a RunStarted while the sample loop runs compiled) then
     * recompiles only the control method, not the sample loop with the scanner inlined into it, which
     * took the compiler over a second of a core in the ingest benchmark's window. (The scanner itself now
     * runs within poll, in {@link RigRecordDeserializer}.)
     */
    private void handle(ConsumerRecords<byte[], RigRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        long now = clock.millis();
        handleControl(records, now);
        handleSamples(records, now);
        sinceFlush += records.count();
    }

    private void handleControl(ConsumerRecords<byte[], RigRecord> records, long now) {
        long[] counts = new long[4];
        for (ConsumerRecord<byte[], RigRecord> r : records.records(runsTopic)) {
            Source source = source(r);
            try {
                RecordSize.check(source.value(), maxRecordBytes);
                count(counts, engine.control(control.parse(source.value()), source, now, this::deadLetter));
            } catch (Refusal e) {
                deadLetter(new DeadLetter(source, e.reason()));
                counts[3]++;
            }
        }
        metrics.count(runsTopic, "accepted", counts[0]);
        metrics.count(runsTopic, "duplicate", counts[1]);
        metrics.count(runsTopic, "dead-lettered", counts[3]);
    }

    /** The samples were read by {@link RigRecordDeserializer} within the poll; here they only meet the engine. */
    private void handleSamples(ConsumerRecords<byte[], RigRecord> records, long now) {
        long[] counts = new long[4];
        List<ParsedSample> parsed = new ArrayList<>(records.count());
        List<Source> sources = new ArrayList<>(records.count());
        for (ConsumerRecord<byte[], RigRecord> r : records.records(samplesTopic)) {
            RigRecord record = r.value();
            if (record == null || record.refusal() != null) {
                deadLetter(new DeadLetter(source(r), record == null ? RecordSize.NO_VALUE : record.refusal().reason()));
                counts[3]++;
            } else {
                parsed.add(record.sample());
                sources.add(source(r));
            }
        }
        Map<Integer, Long> heldBackFrom = new HashMap<>();
        engine.samples(parsed, sources, now, counts, heldBackFrom).forEach(this::deadLetter);
        holdBack(heldBackFrom);
        metrics.count(samplesTopic, "accepted", counts[0]);
        metrics.count(samplesTopic, "duplicate", counts[1]);
        metrics.count(samplesTopic, "parked", counts[2]);
        metrics.count(samplesTopic, "dead-lettered", counts[3]);
    }

    /**
     * Samples partitions whose samples found the park full are read again from the first of them, once
     * the parked samples have found their runs; meanwhile they are paused and the run control goes on.
     */
    private void holdBack(Map<Integer, Long> heldBackFrom) {
        heldBackFrom.forEach((partition, offset) -> {
            TopicPartition tp = new TopicPartition(samplesTopic, partition);
            consumer.seek(tp, offset);
            if (heldBack.add(tp)) {
                consumer.pause(List.of(tp));
                log.info("{} held back from offset {}: too many samples wait for their runs' control; reading {} meanwhile",
                        tp, offset, runsTopic);
            }
        });
    }

    private void releaseHeldBack() {
        if (heldBack.isEmpty() || !engine.parkHasRoom()) {
            return;
        }
        List<TopicPartition> assigned = heldBack.stream().filter(consumer.assignment()::contains).toList();
        if (!pause.requested()) {
            consumer.resume(assigned);
        }
        log.info("{} read again: the parked samples found their runs", heldBack);
        heldBack.clear();
    }

    private static void count(long[] counts, RigIngestEngine.Outcome outcome) {
        counts[outcome.ordinal()]++;
    }

    private Source source(ConsumerRecord<byte[], RigRecord> r) {
        return new Source(r.topic(), r.partition(), r.offset(), r.key(), r.value() == null ? null : r.value().value());
    }

    private void deadLetter(DeadLetter letter) {
        deadLetters.publish(letter);
    }

    /**
     * Asks the broker for end offsets only when a closing point waits for them, at most every 100 ms,
     * and not while a backlog is being read (a round trip per poll that cannot find anything caught up).
     * Skipping a check only delays a close; it never makes one early.
     */
    private void closePoints(long now) {
        if (!backlog && now - lastCaughtUpCheck >= CAUGHT_UP_CHECK_MS) {
            lastCaughtUpCheck = now;
            Set<TopicPartition> waiting = new HashSet<>();
            for (int p : engine.partitionsAwaitingClose()) {
                TopicPartition tp = new TopicPartition(samplesTopic, p);
                if (consumer.assignment().contains(tp)) {
                    waiting.add(tp);
                }
            }
            if (!waiting.isEmpty()) {
                long checkedAt = clock.millis();
                Map<TopicPartition, Long> ends = consumer.endOffsets(waiting, Duration.ofSeconds(5));
                ends.forEach((tp, end) -> {
                    if (consumer.position(tp) >= end) {
                        caughtUpAt.put(tp.partition(), checkedAt);
                    }
                });
            }
        }
        engine.closeReady(caughtUpAt, now);
    }

    /** A flush on time or count can wait while the other consumer thread is sending results; it comes again next poll. */
    private void periodicFlush() {
        flush(false);
    }

    private void flush() {
        flush(true);
    }

    private void flush(boolean wait) {
        Map<StoredOffset, Long> next = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            long position = Math.min(consumer.position(tp), engine.lowestParkedOffset(tp.topic(), tp.partition()));
            next.put(new StoredOffset(groupId, tp.topic(), tp.partition(), generation()), position);
            commit.put(tp, new OffsetAndMetadata(position));
        }
        if (wait) {
            engine.flush(next);
        } else if (!engine.tryFlush(next)) {
            return;
        }
        lastFlush = clock.millis();
        sinceFlush = 0;
        if (!commit.isEmpty()) {
            consumer.commitAsync(commit, (o, e) -> {
                if (e != null) {
                    log.debug("monitoring commit to Kafka failed (the database holds the real offsets)", e);
                }
            });
        }
    }

    /** The group generation this consumer last joined; its stores are refused once a newer one owns the partitions. */
    private int generation() {
        return consumer.groupMetadata().generationId();
    }

    /** State this consumer built for partitions it turned out not to own any more. */
    private void discardAssigned() {
        Set<Integer> numbers = new HashSet<>();
        consumer.assignment().forEach(tp -> numbers.add(tp.partition()));
        engine.discard(numbers);
        numbers.forEach(caughtUpAt::remove);
    }

    /**
     * Nothing of a failed batch is skipped: every partition goes back to its stored offset. While the
     * database cannot say where that is (a restart), the consumer waits and asks again instead of reading
     * on from wherever it stopped; the thread never ends for an outage.
     */
    private void retryFromStoredOffsets() {
        long waitMs = RETRY_FIRST_MS;
        while (running) {
            sleep(waitMs);
            try {
                Set<TopicPartition> assigned = consumer.assignment();
                claim(assigned);
                seekToStored(assigned);
                caughtUpAt.clear();
                return;
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                waitMs = Math.min(waitMs * 2, RETRY_MAX_MS);
                log.warn("stored rig offsets not readable yet ({}); asking again in {} ms", e.toString(), waitMs);
            }
        }
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** From now on a consumer of an older generation (one that missed the last rebalance) cannot store these. */
    private void claim(Collection<TopicPartition> partitions) {
        List<StoredOffset> owned = new ArrayList<>();
        partitions.forEach(tp -> owned.add(new StoredOffset(groupId, tp.topic(), tp.partition(), generation())));
        offsets.claim(owned);
    }

    private void seekToStored(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            var stored = offsets.next(new StoredOffset(groupId, tp.topic(), tp.partition()));
            if (stored.isPresent()) {
                consumer.seek(tp, stored.getAsLong());
            } else {
                consumer.seekToBeginning(List.of(tp));
            }
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Set<Integer> numbers = new HashSet<>();
            partitions.forEach(tp -> numbers.add(tp.partition()));
            try {
                flush();
                engine.forget(numbers);
            } catch (RuntimeException e) {
                log.warn("flush before losing partitions {} failed; their new owner re-reads from the stored offsets",
                        partitions, e);
                // unsaved state must not survive: stored later, it would overwrite what the new owner builds
                engine.discard(numbers);
            }
            numbers.forEach(caughtUpAt::remove);
            heldBack.removeAll(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // should the database fail here, poll throws and retryFromStoredOffsets claims and seeks the whole assignment
            claim(partitions);
            seekToStored(partitions);
            pause.assigned(consumer, partitions);
        }
    }
}
