package org.specloop.ingest.rig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specloop.ingest.DeadLetter;
import org.specloop.ingest.Source;
import org.specloop.ingest.parse.ParsedSample;

/**
 * Kafka samples that arrived before their run's RunStarted: Kafka reads the two rig topics at their own
 * pace, so a backlog of samples can come ahead of the run control in front of it. They wait in memory
 * until the run starts, until the grace is over (then they are dead-lettered), or until their partition
 * goes to another consumer; their offsets hold back what is stored for their partition, so a restart
 * reads them again. At most {@code limit} wait; the caller holds back the rest in their partition.
 *
 * <p>Not thread-safe: RigIngestEngine's lock guards it.
 */
final class ParkedSamples {

    record Parked(ParsedSample sample, Source source, long at) {
    }

    private final int limit;
    private final Duration grace;
    private final Map<String, List<Parked>> byRun = new HashMap<>();
    private int count;

    ParkedSamples(int limit, Duration grace) {
        this.limit = limit;
        this.grace = grace;
    }

    /** Samples of this run wait: it is not started (a store lookup would find nothing). */
    boolean waitFor(String runId) {
        return byRun.containsKey(runId);
    }

    boolean full() {
        return count >= limit;
    }

    /** Room again for half the limit: held-back partitions may be read again without filling it at once. */
    boolean hasRoomAgain() {
        return count < Math.max(1, limit / 2);
    }

    void park(ParsedSample sample, Source source, long now) {
        byRun.computeIfAbsent(sample.runId(), id -> new ArrayList<>()).add(new Parked(sample, source, now));
        count++;
    }

    /** The run started: its samples stop waiting, in the order they arrived. */
    List<Parked> release(String runId) {
        List<Parked> waiting = byRun.remove(runId);
        if (waiting == null) {
            return List.of();
        }
        count -= waiting.size();
        return waiting;
    }

    /** Runs whose first sample waited the whole grace: all their samples, as dead letters. */
    List<DeadLetter> expire(long now) {
        List<DeadLetter> expired = new ArrayList<>();
        long limitAt = now - grace.toMillis();
        for (Iterator<List<Parked>> it = byRun.values().iterator(); it.hasNext(); ) {
            List<Parked> waiting = it.next();
            if (waiting.get(0).at() <= limitAt) {
                waiting.forEach(p -> expired.add(new DeadLetter(p.source(), "unknown-run: no RunStarted for run "
                        + p.sample().runId() + " within " + grace.toSeconds() + " s")));
                count -= waiting.size();
                it.remove();
            }
        }
        return expired;
    }

    /** The lowest parked offset of a partition, or Long.MAX_VALUE. */
    long lowestOffset(String topic, int partition) {
        long lowest = Long.MAX_VALUE;
        for (List<Parked> waiting : byRun.values()) {
            for (Parked p : waiting) {
                if (p.source().partition() == partition && p.source().topic().equals(topic)) {
                    lowest = Math.min(lowest, p.source().offset());
                }
            }
        }
        return lowest;
    }

    /** Forgets the samples of these partitions: their new owner reads them again. */
    void drop(Set<Integer> partitions) {
        for (Iterator<List<Parked>> it = byRun.values().iterator(); it.hasNext(); ) {
            List<Parked> waiting = it.next();
            int before = waiting.size();
            waiting.removeIf(p -> partitions.contains(p.source().partition()));
            count -= before - waiting.size();
            if (waiting.isEmpty()) {
                it.remove();
            }
        }
    }
}
