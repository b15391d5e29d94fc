package org.specloop.notify.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.specloop.notify.grant.GrantRepository;
import org.specloop.notify.outbox.OutboxRepository;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.ChannelKind;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.SubscriptionRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Sends due outbox rows. Work is split by stream (subscription, subject): streams run in parallel
 * on the pool, and within a stream rows go strictly one after another, a row only once every
 * earlier one is delivered or dead. A stream stops at its first failure and waits for its retry time.
 */
public class DeliveryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int ROWS_PER_STREAM_TURN = 100;

    private final OutboxRepository outbox;
    private final SubscriptionRepository subscriptions;
    private final GrantRepository grants;
    private final Map<ChannelKind, ChannelSender> senders = new EnumMap<>(ChannelKind.class);
    private final RetryPolicy retryPolicy;
    private final DeliveryMetrics metrics;
    private final ExecutorService pool;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;
    private final Duration outageRetryDelay;
    /** This node's id (specloop.node-id), written with each lease it takes. */
    private final String node;
    /** Whether the leases this node's previous process died with were given back (at the first round that could). */
    private volatile boolean leftoverLeasesReleased;
    /**
     * Rows this node leased whose attempt ended in an exception (the database went away while the outcome
     * was stored): nobody is sending them, but their lease would hold the whole stream for its full length.
     */
    private final Queue<Lease> abandoned = new ConcurrentLinkedQueue<>();

    private record Lease(long seq, Instant until) {
    }

    public DeliveryWorker(OutboxRepository outbox, SubscriptionRepository subscriptions, GrantRepository grants,
                          List<ChannelSender> senders, RetryPolicy retryPolicy, DeliveryMetrics metrics, ExecutorService pool,
                          Clock clock, String node, int batchSize, Duration lease, Duration outageRetryDelay) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.grants = grants;
        senders.forEach(sender -> this.senders.put(sender.kind(), sender));
        this.retryPolicy = retryPolicy;
        this.metrics = metrics;
        this.pool = pool;
        this.clock = clock;
        this.node = node;
        this.batchSize = batchSize;
        this.lease = lease;
        this.outageRetryDelay = outageRetryDelay;
    }

    /** One polling round; returns how many rows were delivered. Safe to call from several nodes at once. */
    public int runOnce() {
        releaseLeftoverLeases();
        releaseAbandoned();
        Map<String, OutboxRow> heads = new LinkedHashMap<>();
        for (OutboxRow row : outbox.dueHeads(clock.instant(), batchSize)) {
            heads.putIfAbsent(row.subscriptionId() + "\n" + row.subject(), row);
        }
        List<Callable<Integer>> streams = new ArrayList<>();
        heads.values().forEach(head -> streams.add(() -> deliverStream(head)));
        int delivered = 0;
        try {
            for (Future<Integer> result : pool.invokeAll(streams)) {
                delivered += result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            log.error("a notification stream failed unexpectedly; its rows stay pending", e.getCause());
        }
        return delivered;
    }

    private int deliverStream(OutboxRow head) {
        int delivered = 0;
        Optional<OutboxRow> next = Optional.of(head);
        for (int turn = 0; turn < ROWS_PER_STREAM_TURN && next.isPresent(); turn++) {
            OutboxRow row = next.get();
            Instant now = clock.instant();
            // whole milliseconds, so that the value read back from any database equals the one kept in abandoned
            Lease held = new Lease(row.seq(), now.plus(lease).truncatedTo(ChronoUnit.MILLIS));
            if (!outbox.claim(row.seq(), node, now, held.until())) {
                return delivered; // another node has this stream
            }
            Step step;
            try {
                step = attemptLeased(row);
            } catch (RuntimeException e) {
                abandoned.add(held);
                throw e;
            }
            if (step == Step.WAIT) {
                return delivered;
            }
            delivered += step == Step.DELIVERED ? 1 : 0;
            next = outbox.dueHead(row.subscriptionId(), row.subject(), clock.instant());
        }
        return delivered;
    }

    private Step attemptLeased(OutboxRow row) {
        Optional<Subscription> subscription = subscriptions.find(row.subscriptionId());
        if (subscription.isEmpty() || !subscription.get().endpointEnabled()) {
            outbox.release(row.seq());
            return Step.WAIT;
        }
        // the grant may have been revoked while the row waited: checked here, just before sending
        if (!grants.of(subscription.get().oem()).covers(row.partNumber(), row.specificationId())) {
            outbox.markWithheld(row.seq(), "withheld: the grant of " + subscription.get().oem() + " does not cover part "
                    + row.partNumber() + " or specification " + row.specificationId());
            metrics.failed(subscription.get().channel().kind(), "not-entitled");
            log.info("notification {} withheld: not covered by the grant of {}", row.id(), subscription.get().oem());
            return Step.GAVE_UP;
        }
        return attempt(row, subscription.get());
    }

    /**
     * A node killed mid-send (kill -9, a crash) leaves its row leased, and the rows behind it in the same stream wait
     * for the lease (two minutes by default) to run out; restarted under the same id, it knows nobody is sending
     * them and gives them back at its first round (at the next while the database does not answer: a round's own
     * leases have all ended when it returns, but for abandoned ones). Node ids are unique among running nodes.
     */
    private void releaseLeftoverLeases() {
        if (leftoverLeasesReleased) {
            return;
        }
        try {
            int released = outbox.releaseLeasesOf(node);
            if (released > 0) {
                log.info("gave back {} notification lease(s) held by node {} when it last stopped", released, node);
            }
            leftoverLeasesReleased = true;
        } catch (RuntimeException databaseDown) {
            log.debug("leftover leases of node {} not released yet: {}", node, databaseDown.toString());
        }
    }

    /**
     * Gives back the leases of attempts that failed on this node, once the database answers again. The row is
     * then sent again (at least once: the send may have gone out before its outcome could be stored).
     */
    private void releaseAbandoned() {
        for (Lease held = abandoned.peek(); held != null; held = abandoned.peek()) {
            try {
                outbox.releaseLease(held.seq(), held.until());
            } catch (RuntimeException stillDown) {
                log.debug("abandoned lease of outbox row {} not released yet: {}", held.seq(), stillDown.toString());
                return;
            }
            abandoned.remove(held);
        }
    }

    /** What the stream does after an attempt: go on after a delivery or a dead letter, or wait. */
    private enum Step { DELIVERED, GAVE_UP, WAIT }

    /** The send, its outcome and its log lines under the trace id of the event behind the row. */
    private Step attempt(OutboxRow row, Subscription subscription) {
        String traceId = traceId(row.traceparent());
        if (traceId == null) {
            return send(row, subscription);
        }
        MDC.put("traceId", traceId);
        try {
            return send(row, subscription);
        } finally {
            MDC.remove("traceId");
        }
    }

    /** The trace id field of a W3C traceparent (version-traceid-parentid-flags), or null. */
    static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] fields = traceparent.split("-");
        return fields.length >= 4 && fields[1].length() == 32 ? fields[1] : null;
    }

    private Step send(OutboxRow row, Subscription subscription) {
        ChannelKind kind = subscription.channel().kind();
        DeliveryOutcome outcome = senders.get(kind).send(row, subscription);
        Instant now = clock.instant();
        int attempts = row.attempts() + 1;
        switch (outcome.kind()) {
            case DELIVERED -> {
                outbox.markDelivered(row.seq(), attempts, outcome.status(), now);
                metrics.delivered(kind, row.eventTime(), now);
                return Step.DELIVERED;
            }
            case OUTAGE -> {
                metrics.failed(kind, "outage");
                outbox.markRetry(row.seq(), row.attempts(), outcome.status(), outcome.error(), now.plus(outageRetryDelay));
                return Step.WAIT;
            }
            case GONE -> {
                metrics.failed(kind, "gone");
                subscriptions.disableEndpoint(subscription.id(), "receiver answered 410 Gone at " + now);
                outbox.markRetry(row.seq(), attempts, outcome.status(), outcome.error(), now);
                log.warn("subscription {} disabled: its endpoint answered 410 Gone", subscription.id());
                return Step.WAIT;
            }
            default -> {
                metrics.failed(kind, "retry");
                Optional<Duration> delay = retryPolicy.delayAfter(attempts, outcome.retryAfter());
                if (delay.isEmpty()) {
                    outbox.markDead(row.seq(), attempts, outcome.status(), outcome.error());
                    metrics.deadLettered(kind);
                    log.warn("notification {} dead-lettered after {} attempts: {}", row.id(), attempts, outcome.error());
                    return Step.GAVE_UP;
                }
                outbox.markRetry(row.seq(), attempts, outcome.status(), outcome.error(), now.plus(delay.get()));
                return Step.WAIT;
            }
        }
    }

    /** Stops the pool; a stream being sent finishes or leaves its row leased until the lease runs out. */
    @Override
    public void close() {
        pool.shutdown();
    }
}
