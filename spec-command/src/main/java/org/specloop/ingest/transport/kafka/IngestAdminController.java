package org.specloop.ingest.transport.kafka;

import java.time.Duration;
import java.util.Map;
import org.specloop.infrastructure.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pause and resume this node's Kafka ingest consumers (ADMIN only, see EndpointRules). Other nodes
 * keep reading their partitions; HTTP ingest is not affected. A pause answers once no consumer of
 * this node reads any more, so what is stored after the answer was read before it.
 */
@RestController
class IngestAdminController {

    static final Duration APPLY_TIMEOUT = Duration.ofSeconds(10);

    /**
     * @param paused    every consumer thread has applied a pause
     * @param requested what the operator asked for last
     * @param consumers per consumer thread, true when it reads nothing
     */
    record IngestState(boolean paused, boolean requested, Map<String, Boolean> consumers) {
        static IngestState of(IngestPause pause) {
            Map<String, Boolean> consumers = pause.consumers();
            boolean all = !consumers.isEmpty() && consumers.values().stream().allMatch(Boolean::booleanValue);
            return new IngestState(all, pause.requested(), consumers);
        }
    }

    private final ObjectProvider<KafkaIngest> ingest;

    IngestAdminController(ObjectProvider<KafkaIngest> ingest) {
        this.ingest = ingest;
    }

    @GetMapping("/api/admin/ingest")
    public IngestState state() {
        return IngestState.of(pause());
    }

    @PostMapping("/api/admin/ingest/pause")
    public IngestState pauseConsumers() throws InterruptedException {
        IngestPause pause = pause();
        pause.pause();
        return applied(pause);
    }

    @PostMapping("/api/admin/ingest/resume")
    public IngestState resumeConsumers() throws InterruptedException {
        IngestPause pause = pause();
        pause.resume();
        return applied(pause);
    }

    private IngestState applied(IngestPause pause) throws InterruptedException {
        if (!pause.awaitApplied(APPLY_TIMEOUT)) {
            throw new NotApplied("not every consumer applied the change within " + APPLY_TIMEOUT.toSeconds()
                    + " s (one may be retrying a failed batch); it will when it polls again: " + pause.consumers());
        }
        return IngestState.of(pause);
    }

    private IngestPause pause() {
        KafkaIngest kafka = ingest.getIfAvailable();
        if (kafka == null) {
            throw new Disabled();
        }
        return kafka.pause();
    }

    @ExceptionHandler(Disabled.class)
    ProblemDetail disabled() {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "kafka-ingest-disabled", "Kafka ingest is not enabled",
                "this node reads no Kafka topics (specloop.ingest.kafka.enabled=false); there is nothing to pause");
    }

    @ExceptionHandler(NotApplied.class)
    ProblemDetail notApplied(NotApplied e) {
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "ingest-change-pending",
                "The change is not applied yet", e.getMessage());
    }

    private static final class Disabled extends RuntimeException {
        Disabled() {
            super(null, null, false, false);
        }
    }

    private static final class NotApplied extends RuntimeException {
        NotApplied(String message) {
            super(message, null, false, false);
        }
    }
}
