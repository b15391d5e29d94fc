package org.specloop.app.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Lists the event processors and rebuilds one projection from the event store. A replay stops the
 * processor on this node, resets its tokens to the start of the store (its @ResetHandler clears the
 * tables in the same transaction) and starts it again; every other processor keeps running, so the
 * other read models keep answering. Only groups {@link ReplayPolicy} judges side-effect free are replayed.
 */
@Component
public class ProcessorAdmin {
    private static final Logger log = LoggerFactory.getLogger(ProcessorAdmin.class);
    private final EventProcessingConfiguration processing;
    private final TokenPositions tokens;

    public ProcessorAdmin(EventProcessingConfiguration processing, JdbcTemplate jdbc, Serializer serializer) {
        this.processing = processing;
        this.tokens = new TokenPositions(jdbc, serializer);
    }

    public List<ProcessorView> list() {
        long head = tokens.head();
        List<ProcessorView> views = new ArrayList<>();
        for (String name : new TreeSet<>(processing.eventProcessors().keySet())) {
            views.add(view(processing.eventProcessors().get(name), head));
        }
        return views;
    }

    public Optional<ProcessorView> one(String name) {
        return Optional.ofNullable(processing.eventProcessors().get(name)).map(p -> view(p, tokens.head()));
    }

    public synchronized ProcessorView replay(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (processor == null) {
            throw new ReplayRefused(HttpStatus.NOT_FOUND, "not-found", "No such processor",
                    "no processing group is called '" + name + "'");
        }
        Optional<String> refusal = ReplayPolicy.refusal(processor);
        if (refusal.isPresent()) {
            throw new ReplayRefused(HttpStatus.CONFLICT, "replay-not-allowed", "This processing group may not be replayed",
                    refusal.get());
        }
        long parked = processing.deadLetterQueue(name).map(queue -> queue.size()).orElse(0L);
        if (parked > 0) {
            // the reset would clear the group's dead letters, and a replay-safe policy handles them again as
            // replayed events, without the commands that never went out: they would be lost unseen
            throw new ReplayRefused(HttpStatus.CONFLICT, "dead-letters-parked", "The group has parked events",
                    "'" + name + "' has " + parked + " parked event(s); retry or evict them (/api/dead-letters/" + name
                            + ") before replaying");
        }
        // the live view, as the operator reads it: a segment that only skipped events stores its token at the next
        // claim renewal, and the stored replay token alone made a finished replay look unfinished for that long
        if (view(processor, tokens.head()).replaying()) {
            throw new ReplayRefused(HttpStatus.CONFLICT, "replay-in-progress", "A replay is already running",
                    "'" + name + "' is still replaying; wait until it has caught up");
        }
        StreamingEventProcessor streaming = (StreamingEventProcessor) processor;
        log.info("replaying processing group {} from the start of the event store", name);
        streaming.shutDown();
        try {
            streaming.resetTokens();
        } catch (UnableToClaimTokenException e) {
            // another node still runs this group: a reset must own every segment (docs/replay.md)
            throw new ReplayRefused(HttpStatus.CONFLICT, "tokens-claimed-elsewhere",
                    "Another node is processing this group",
                    "a segment of '" + name + "' is claimed by another node; stop the group there and retry");
        } finally {
            streaming.start();
        }
        return view(processor, tokens.head());
    }

    private ProcessorView view(EventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> local = processor instanceof StreamingEventProcessor s ? s.processingStatus() : Map.of();
        List<ProcessorView.SegmentView> segments = new ArrayList<>();
        long position = Long.MAX_VALUE;
        double percent = 100;
        boolean replaying = false;
        for (TokenPositions.Segment stored : tokens.of(processor.getName())) {
            EventTrackerStatus here = local.get(stored.segment());
            TokenPositions.Segment segment = here == null ? stored : stored.advancedTo(here.getCurrentPosition().orElse(-1));
            segments.add(new ProcessorView.SegmentView(segment.segment(), segment.owner(), segment.position(),
                    segment.replaying(), segment.resetPosition(), here != null,
                    here == null ? null : here.isCaughtUp(),
                    here == null || here.getError() == null ? null : here.getError().getClass().getSimpleName()));
            position = Math.min(position, segment.position());
            if (segment.replaying()) {
                replaying = true;
                percent = Math.min(percent, segment.resetPosition() <= 0 ? 100
                        : 100.0 * Math.max(0, segment.position()) / segment.resetPosition());
            }
        }
        if (position == Long.MAX_VALUE) {
            position = -1;
        }
        Optional<String> refusal = ReplayPolicy.refusal(processor);
        boolean running = processor instanceof StreamingEventProcessor s && s.isRunning();
        boolean error = processor instanceof StreamingEventProcessor s && s.isError();
        return new ProcessorView(processor.getName(), running, error, refusal.isEmpty(), refusal.orElse(null), replaying,
                Math.floor(percent * 10) / 10, position, head, Math.max(0, head - Math.max(0, position)), segments);
    }
}
