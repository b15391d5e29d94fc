package org.specloop.ingest.transport.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.command.kernel.FieldError;
import org.specloop.command.kernel.RequestValidationException;
import org.specloop.ingest.translate.CommandIngest;
import org.specloop.ingest.DeadLetter;
import org.specloop.ingest.IngestMetrics;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.Source;
import org.specloop.ingest.translate.LabMessages;
import org.specloop.ingest.rig.RigIngestEngine;
import org.specloop.ingest.parse.RunControlParser;
import org.specloop.ingest.parse.SampleParser;
import org.specloop.contracts.ingest.IngestEndpoints;
import org.specloop.contracts.ingest.IngestTopics;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP twins of the ingest topics for rigs and labs without Kafka: NDJSON, one message per
 * line, each checked like its Kafka record. A bad line is refused with its reason and the others
 * still count; rig lines go through the same engine as Kafka and are stored before the answer, so
 * a retried batch finds its lines as duplicates.
 */
@RestController
class IngestController {

    private final RigIngestEngine engine;
    private final CommandIngest commands;
    private final IngestMetrics metrics;
    private final CurrentActor actor;
    private final Clock clock;
    private final LabMessages lab;
    private final SampleParser samples = new SampleParser();
    private final RunControlParser control;

    IngestController(RigIngestEngine engine, CommandIngest commands, IngestMetrics metrics, CurrentActor actor,
                            Clock clock, LabMessages lab, RunControlParser control) {
        this.engine = engine;
        this.commands = commands;
        this.metrics = metrics;
        this.actor = actor;
        this.clock = clock;
        this.lab = lab;
        this.control = control;
    }

    @PostMapping(path = IngestEndpoints.RIG_SAMPLES, consumes = IngestEndpoints.NDJSON_MEDIA_TYPE)
    public BatchAnswer rigSamples(@RequestBody byte[] body) {
        actor.name();
        return rig(IngestTopics.RIG_SAMPLES, body, (line, source) -> engine.sample(samples.parse(line), source,
                clock.millis()));
    }

    @PostMapping(path = IngestEndpoints.RIG_RUNS, consumes = IngestEndpoints.NDJSON_MEDIA_TYPE)
    public BatchAnswer rigRuns(@RequestBody byte[] body) {
        actor.name();
        List<DeadLetter> late = new ArrayList<>();
        return rig(IngestTopics.RIG_RUNS, body, (line, source) -> engine.control(control.parse(line), source,
                clock.millis(), late::add));
    }

    @PostMapping(path = IngestEndpoints.LOT_RECEIPTS, consumes = IngestEndpoints.NDJSON_MEDIA_TYPE)
    public BatchAnswer lotReceipts(@RequestBody byte[] body) {
        return commands(IngestTopics.LOT_RECEIPTS, body, lab::lotReceipt);
    }

    @PostMapping(path = IngestEndpoints.LAB_MEASUREMENTS, consumes = IngestEndpoints.NDJSON_MEDIA_TYPE)
    public BatchAnswer labMeasurements(@RequestBody byte[] body) {
        return commands(IngestTopics.LAB_MEASUREMENTS, body, lab::labMeasurement);
    }

    private interface LineHandler {
        RigIngestEngine.Outcome handle(byte[] line, Source source);
    }

    private BatchAnswer rig(String topic, byte[] body, LineHandler handler) {
        requireLines(body);
        Tally tally = new Tally();
        forEachLine(body, (number, line) -> {
            try {
                tally.outcome(handler.handle(line, Source.http(topic, number, line)) == RigIngestEngine.Outcome.ACCEPTED);
            } catch (Refusal e) {
                tally.refused.add(new BatchAnswer.RefusedLine(number, e.reason()));
            }
        });
        long now = clock.millis();
        engine.closeReady(Map.of(), now);
        engine.flush(Map.of());
        return tally.answer(topic, metrics);
    }

    private BatchAnswer commands(String topic, byte[] body, Function<byte[], Object> mapping) {
        String who = actor.name();
        requireLines(body);
        Tally tally = new Tally();
        forEachLine(body, (number, line) -> {
            try {
                tally.outcome(commands.send(line, mapping, who) == CommandIngest.Outcome.ACCEPTED);
            } catch (Refusal e) {
                tally.refused.add(new BatchAnswer.RefusedLine(number, e.reason()));
            }
        });
        return tally.answer(topic, metrics);
    }

    /** An empty batch is a client bug (a truncated upload, a wrong file), not a batch of nothing: say so. */
    private static void requireLines(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return;
            }
        }
        throw new RequestValidationException(List.of(new FieldError("body", "holds no NDJSON lines")));
    }

    private interface LineConsumer {
        void accept(int number, byte[] line);
    }

    /** Lines are numbered from 1 as editors show them; blank lines are skipped but counted. */
    private static void forEachLine(byte[] body, LineConsumer consumer) {
        int number = 0;
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                number++;
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                if (!new String(body, start, end - start, StandardCharsets.UTF_8).isBlank()) {
                    byte[] line = new byte[end - start];
                    System.arraycopy(body, start, line, 0, line.length);
                    consumer.accept(number, line);
                }
                start = i + 1;
            }
        }
    }

    private static final class Tally {
        int accepted;
        int duplicates;
        final List<BatchAnswer.RefusedLine> refused = new ArrayList<>();

        void outcome(boolean accepted) {
            if (accepted) {
                this.accepted++;
            } else {
                duplicates++;
            }
        }

        BatchAnswer answer(String topic, IngestMetrics metrics) {
            metrics.count(topic, "accepted", accepted);
            metrics.count(topic, "duplicate", duplicates);
            metrics.count(topic, "refused", refused.size());
            return new BatchAnswer(accepted, duplicates, refused);
        }
    }
}
