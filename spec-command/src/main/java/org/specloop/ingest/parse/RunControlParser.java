package org.specloop.ingest.parse;

import org.specloop.contracts.common.ListLimits;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.contracts.common.TextLimits;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.infrastructure.json.StrictScalars;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.specloop.ingest.Refusal;
import org.specloop.command.kernel.ClientIds;
import org.specloop.command.kernel.PastInstants;
import org.specloop.contracts.rig.OperatingPointChanged;
import org.specloop.contracts.rig.RigRunMessage;
import org.specloop.contracts.rig.RunFinished;
import org.specloop.contracts.rig.RunStarted;

/**
 * Reads run control messages (a handful per run, so Jackson data binding is fine here) and checks
 * what binding cannot: required fields and the ranges of the schemas.
 */
public final class RunControlParser {

    private static final ObjectMapper MAPPER = StrictScalars.apply(new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));

    private final PastInstants past;

    /** past: the future-instant check of every write path, here for startedAt and a point's or finish's at. */
    public RunControlParser(PastInstants past) {
        this.past = past;
    }

    public RigRunMessage parse(byte[] json) {
        RigRunMessage message;
        try {
            message = MAPPER.readValue(json, RigRunMessage.class);
        } catch (JsonProcessingException e) {
            throw new Refusal("not a run control message: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Refusal("unreadable: " + e.getMessage());
        }
        if (message == null) {
            throw new Refusal("empty message");
        }
        id(message.messageId(), "messageId");
        id(message.runId(), "runId");
        if (!ClientIds.isSafe(message.runId())) {
            // run ids name aggregates and appear in paths and pages: the same rule as every client-chosen id
            throw new Refusal("runId " + ClientIds.RULE);
        }
        if (message instanceof RunStarted s) {
            check(s);
            notAhead(s.startedAt(), "startedAt");
        } else if (message instanceof OperatingPointChanged c) {
            check(c);
            notAhead(c.at(), "at");
        } else if (message instanceof RunFinished f) {
            if (f.at() == null) {
                throw new Refusal("at is required");
            }
            notAhead(f.at(), "at");
        }
        return message;
    }

    private static void check(RunStarted s) {
        id(s.rigId(), "rigId");
        id(s.motorSerial(), "motorSerial");
        id(s.motorDesign(), "motorDesign");
        range(s.ratedPowerKw(), "ratedPowerKw", Double.MIN_VALUE, 100_000);
        if (s.poles() < 2 || s.poles() > 128 || s.poles() % 2 != 0) {
            throw new Refusal("poles must be even, 2 .. 128, was " + s.poles());
        }
        range(s.frequencyHz(), "frequencyHz", Double.MIN_VALUE, 3000);
        if (s.shaftHeightMm() < 1 || s.shaftHeightMm() > 2000) {
            throw new Refusal("shaftHeightMm must be 1 .. 2000, was " + s.shaftHeightMm());
        }
        if (s.thermalClass() == null || s.mounting() == null || s.vibrationGrade() == null || s.startedAt() == null) {
            throw new Refusal("thermalClass, mounting, vibrationGrade and startedAt are required");
        }
        if (s.installedLots().isEmpty()) {
            throw new Refusal("installedLots must name at least one magnet lot");
        }
        if (s.installedLots().size() > ListLimits.INSTALLED_LOTS) {
            throw new Refusal("installedLots " + FieldErrors.tooMany(s.installedLots(), ListLimits.INSTALLED_LOTS));
        }
        s.installedLots().forEach(lot -> id(lot, "installedLots[]"));
    }

    /** A run's instants are facts of the past like a lab's measuredAt; a sample's time is not stored, so not checked. */
    private void notAhead(java.time.Instant instant, String field) {
        past.problem(instant).ifPresent(problem -> {
            throw new Refusal(field + " " + problem);
        });
    }

    private static void check(OperatingPointChanged c) {
        id(c.pointId(), "pointId");
        if (c.kind() == null || c.at() == null) {
            throw new Refusal("kind and at are required");
        }
        range(c.speedPercent(), "speedPercent", 0, 200);
        range(c.torquePercent(), "torquePercent", 0, 500);
    }

    private static void id(String value, String field) {
        if (value == null || value.isEmpty() || value.length() > TextLimits.ID
                || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT)) {
            throw new Refusal(field + " must be 1 to " + TextLimits.ID + " characters without whitespace or control characters"
                    + (value == null ? ", was missing" : ""));
        }
    }

    private static void range(double v, String field, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new Refusal(field + " " + v + " is out of range " + min + " .. " + max);
        }
    }
}
