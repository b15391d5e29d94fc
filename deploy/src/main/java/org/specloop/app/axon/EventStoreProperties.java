package org.specloop.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * specloop.event-store.*: tuning of the JDBC event store and the processors reading it.
 *
 * @param batchSize          events fetched per read by streaming processors
 * @param gapTimeout         how long a gap in global sequence numbers is awaited (an uncommitted
 *                           transaction) before the reader treats it as a rolled-back insert
 * @param maxGapOffset       how far behind the head gaps are still tracked
 * @param gapCleaningThreshold gaps tracked before stale ones are cleaned up
 * @param processorBatchSize events a policy group (lot-conformance, sourcing, loop-feedback...) handles in one
 *                           transaction, at most: a batch takes what its segment has waiting, so live events come in
 *                           small batches and a backlog in large ones. In the plant benchmark 100 -> 1,000 took the
 *                           processors to the head 12.2 -> 8.5 s after the load (docs/benchmarks.md). The aggregates a
 *                           batch's commands touch stay locked until it commits, so a command of a user on such a lot
 *                           may wait up to one batch (about a second at 1,000 under a backlog)
 * @param projectionBatchSize events a read-model projection (a query-* group) handles in one transaction,
 *                           at most: a batch takes what its segment has waiting, so live events are not held back,
 *                           and a replay or a backlog commits (and stores its token) once per this many events
 * @param initialSegments    segments a new processor is split into (fixed once its tokens exist); nodes share
 *                           segments, and each costs CPU on every event (docs/operations.md, "How many segments")
 * @param claimTimeout       how long before another node may take over an unrefreshed token claim
 * @param tokenRefresh       how often a segment that only skipped events (none it handles) stores its position and
 *                           renews its claim; keep it well below claimTimeout. Axon's 5 s left the positions of the
 *                           groups with little to do (the lag operators read from the token table) up to 5 s stale
 * @param globallyOrdered    processing groups that read state written by other aggregates' events (policies
 *                           with lookup tables) and so must see all events in store order, not per aggregate;
 *                           it overrides a group's own sequencing (lot-conformance is sequenced per part by default)
 * @param storeOrdered       processing groups that run in one segment, so their live events are handled in store
 *                           order whatever their sequencing policy, which then only decides what a parked event holds
 *                           back (loop-feedback: per aggregate, LoopSequencing). A processor created with more
 *                           segments keeps them: docs/operations.md says how such a group is merged back to one
 * @param deadLetterMaxSequences    parked sequences a group's dead-letter queue holds, at most
 * @param deadLetterMaxSequenceSize parked events one sequence holds, at most. A full queue refuses the next event
 *                           to park, and the processor's segment then handles its batch again until events are
 *                           retried or evicted (docs/operations.md): the alert on parked events fires long before
 * @param processorType      pooled streaming processors (the default) or Axon's tracking processors, one thread
 *                           per segment; tracking exists for the benchmark baseline (docs/benchmarks.md), which
 *                           runs it with one segment and batch size 1, Axon's own defaults
 * @param pollInterval       how often pooled processors look for events written by other nodes; events of
 *                           this node wake them when committed (EventAvailability)
 * @param localWait          how long a processor woken by a local commit waits for the store's reader to fetch it
 * @param wakeCoalesce       commits within this time after one another wake the processors once (larger
 *                           batches per processor transaction; adds at most this to a notification's latency)
 * @param sharedReader       one reader with a shared cache for all processors (Axon's default, on) instead of
 *                           one database read per processor; the cache grows with the slowest processor's lag
 *                           (false bounds memory, at the cost of a database read per processor)
 */
@ConfigurationProperties("specloop.event-store")
public record EventStoreProperties(@DefaultValue("500") int batchSize,
                                   @DefaultValue("60s") Duration gapTimeout,
                                   @DefaultValue("10000") int maxGapOffset,
                                   @DefaultValue("250") int gapCleaningThreshold,
                                   @DefaultValue("1000") int processorBatchSize,
                                   @DefaultValue("1000") int projectionBatchSize,
                                   @DefaultValue("2") int initialSegments,
                                   @DefaultValue("10s") Duration claimTimeout,
                                   @DefaultValue("1s") Duration tokenRefresh,
                                   @DefaultValue List<String> globallyOrdered,
                                   @DefaultValue("loop-feedback") List<String> storeOrdered,
                                   @DefaultValue("10000") int deadLetterMaxSequences,
                                   @DefaultValue("10000") int deadLetterMaxSequenceSize,
                                   @DefaultValue("pooled") ProcessorType processorType,
                                   @DefaultValue("500ms") Duration pollInterval,
                                   @DefaultValue("100ms") Duration localWait,
                                   @DefaultValue("25ms") Duration wakeCoalesce,
                                   @DefaultValue("true") boolean sharedReader) {

    /** Which of Axon's streaming processors every processing group runs on. */
    public enum ProcessorType { POOLED, TRACKING }

    /** The processing groups that are read-model projections: their batch size is {@link #projectionBatchSize}. */
    public static final String PROJECTION_PREFIX = "query-";

    public EventStoreProperties {
        globallyOrdered = List.copyOf(globallyOrdered);
        storeOrdered = List.copyOf(storeOrdered);
    }
}
