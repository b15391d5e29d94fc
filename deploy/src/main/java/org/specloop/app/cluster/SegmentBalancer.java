package org.specloop.app.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.specloop.readside.shared.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps this node's heartbeat fresh and gives up the segments it holds above its fair share
 * ({@link FairShare}), so that the processors' work spreads over all live nodes. Axon's pooled
 * processors claim every free segment greedily; the first node up would otherwise keep them all.
 * Released segments are claimed by the nodes that lack some (Axon's token claim interval); a dead
 * node's segments become claimable once its claims time out (specloop.event-store.claim-timeout),
 * and its heartbeat expiry removes it from the shares so that nobody hands segments back to it.
 *
 * <p>Failures (the database restarting) are logged and the next round tries again: balancing is an
 * optimisation, processing goes on with whatever each node holds.
 */
public class SegmentBalancer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final ClusterNodes nodes;
    private final NodeIdentity self;
    private final ClusterProperties properties;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    /** Segments this node released, per processor, with when: they count as gone until releaseFor has passed. */
    private final Map<String, Map<Integer, Long>> released = new HashMap<>();
    private final Map<String, ReleaseBackoff> backoffs = new HashMap<>();
    private ScheduledExecutorService timer;

    public SegmentBalancer(ClusterNodes nodes, NodeIdentity self, ClusterProperties properties,
                           EventProcessingConfiguration processing, Clock clock) {
        this.nodes = nodes;
        this.self = self;
        this.properties = properties;
        this.processing = processing;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cluster-balancer");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat();
        timer.scheduleWithFixedDelay(this::heartbeat, properties.heartbeatInterval().toMillis(),
                properties.heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
        if (properties.balancing()) {
            timer.scheduleWithFixedDelay(this::balanceSafely, properties.balanceInterval().toMillis(),
                    properties.balanceInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
        log.info("cluster node {} started (heartbeat every {}, balancing {})", self.id(), properties.heartbeatInterval(),
                properties.balancing() ? "every " + properties.balanceInterval() : "off");
    }

    private void heartbeat() {
        try {
            nodes.heartbeat(self.id(), clock.millis());
        } catch (RuntimeException e) {
            log.warn("heartbeat of node {} failed: {}", self.id(), e.toString());
        }
    }

    private void balanceSafely() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("segment balancing round failed: {}", e.toString());
        }
    }

    /** One round over every running streaming processor of this node. */
    synchronized void balance() {
        long now = clock.millis();
        List<String> live = new ArrayList<>(nodes.live(now - properties.nodeTimeout().toMillis()));
        if (!live.contains(self.id())) {
            // our own heartbeat failed recently; judging shares without ourselves would give everything away
            return;
        }
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                balance(name, streaming, live, now);
            }
        });
    }

    private void balance(String name, StreamingEventProcessor processor, List<String> live, long now) {
        Map<Integer, Long> recentlyReleased = released.computeIfAbsent(name, n -> new HashMap<>());
        ReleaseBackoff backoff = backoffs.computeIfAbsent(name,
                n -> new ReleaseBackoff(properties.unansweredReleaseHold(), properties.unansweredReleaseHold().multipliedBy(8)));
        judgeEndedReleases(name, recentlyReleased, backoff, now);
        if (!backoff.mayRelease(now)) {
            return;
        }
        List<Integer> mine = new ArrayList<>(processor.processingStatus().keySet());
        mine.removeAll(recentlyReleased.keySet());
        int segments = nodes.segments(name);
        Map<String, Integer> owned = new HashMap<>(nodes.owners(name));
        // our own claims as the processor sees them now; the token table may still show a release in progress
        owned.put(self.id(), mine.size());
        int release = FairShare.toRelease(live, segments, owned, self.id());
        if (release <= 0) {
            return;
        }
        // the highest ids first, so that every node gives up the same ones in the same situation
        mine.sort(Integer::compare);
        for (int i = 0; i < release; i++) {
            int segment = mine.get(mine.size() - 1 - i);
            processor.releaseSegment(segment, properties.releaseFor().toMillis(), TimeUnit.MILLISECONDS);
            recentlyReleased.put(segment, now);
        }
        log.info("{}: released {} of {} segment(s) to reach the fair share of {} over {} live node(s)", name, release,
                mine.size(), FairShare.share(live, segments, self.id()), live.size());
    }

    /** Releases whose period is over: was the segment taken by another node, or is it free or back with us? */
    private void judgeEndedReleases(String name, Map<Integer, Long> recentlyReleased, ReleaseBackoff backoff, long now) {
        for (var it = recentlyReleased.entrySet().iterator(); it.hasNext(); ) {
            var release = it.next();
            if (now - release.getValue() < properties.releaseFor().toMillis()) {
                continue;
            }
            it.remove();
            Optional<String> owner = nodes.owner(name, release.getKey());
            if (owner.isPresent() && !owner.get().equals(self.id())) {
                backoff.taken();
            } else {
                log.info("{}: segment {} released {} ago was not taken by another node; keeping this node's segments for {}",
                        name, release.getKey(), properties.releaseFor(), backoff.nextHold());
                backoff.notTaken(now);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
        try {
            nodes.leave(self.id());
        } catch (RuntimeException e) {
            log.warn("node {} could not remove its heartbeat; it ages out in {}", self.id(), properties.nodeTimeout());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** After the processors start (they run at Integer.MAX_VALUE / 2 and above), stopped before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
