package org.specloop.ingest.transport.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The operator's switch for this node's Kafka ingest consumers (maintenance, a database migration,
 * a backlog to be read later). A KafkaConsumer may only be touched by its own thread, so the switch
 * only records the wish; each consumer applies it between polls ({@link #apply}) and reports back,
 * and {@link #awaitApplied} lets the caller know when no consumer reads any more. Paused consumers
 * stay in their group (polling, so Kafka does not move their partitions away) and keep flushing
 * what they already read.
 */
final class IngestPause {

    private volatile boolean requested;
    private final Map<String, Boolean> applied = new ConcurrentHashMap<>();

    IngestPause(boolean startPaused) {
        this.requested = startPaused;
    }

    public void pause() {
        requested = true;
    }

    public void resume() {
        requested = false;
    }

    public boolean requested() {
        return requested;
    }

    /** Called by a consumer's own thread before every poll: pauses or resumes all its partitions. */
    void apply(String consumerName, Consumer<?, ?> consumer) {
        apply(consumerName, consumer, Set.of());
    }

    /** As above; a resume leaves the partitions the consumer holds back for reasons of its own paused. */
    void apply(String consumerName, Consumer<?, ?> consumer, Set<TopicPartition> heldBack) {
        boolean pause = requested;
        if (pause) {
            if (!consumer.paused().containsAll(consumer.assignment())) {
                consumer.pause(consumer.assignment());
            }
        } else if (!heldBack.containsAll(consumer.paused())) {
            Set<TopicPartition> resume = new HashSet<>(consumer.paused());
            resume.removeAll(heldBack);
            consumer.resume(resume);
        }
        applied.put(consumerName, pause);
    }

    /**
     * Called from a rebalance listener: partitions assigned while paused are paused before the poll
     * that assigned them can return their records.
     */
    void assigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (requested && !partitions.isEmpty()) {
            consumer.pause(partitions);
        }
    }

    /** A consumer thread that ended reads nothing; it no longer counts as running or paused. */
    void stopped(String consumerName) {
        applied.remove(consumerName);
    }

    /** Per consumer thread, whether it has applied a pause (true) or reads (false); sorted by name. */
    public Map<String, Boolean> consumers() {
        return new TreeMap<>(applied);
    }

    /** Waits until every consumer has applied the current wish; false when the timeout came first. */
    public boolean awaitApplied(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean wish = requested;
            if (applied.values().stream().allMatch(a -> a == wish)) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(20);
        }
    }
}
