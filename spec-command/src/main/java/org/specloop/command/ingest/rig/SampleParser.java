package org.specloop.command.ingest.rig;

import static org.specloop.loop.motor.point.RigSampleValues.NOT_MEASURED;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import org.specloop.command.ingest.Refusal;
import org.specloop.loop.motor.efficiency.ElectricalInput;
import org.specloop.loop.motor.point.RigSampleValues;

/**
 * Reads one RigSample (schemas/rig-sample.schema.json) with Jackson's streaming parser and checks
 * it by hand against the schema's rules: required fields, ranges, no unknown fields, one form of
 * electrical input. A full JSON Schema validation per sample would cost more than the whole
 * aggregation; these checks are the same rules, written out. Thread-safe.
 *
 * <p>A rig sends the same few run and point ids a million times, so they come from {@link Ids}
 * instead of a new String per sample, the messageId is checked in place (ingest never keeps it)
 * and the time is read from the parser's characters; doubles use Jackson's fast (still exactly
 * rounded) parser. Together these halve the bytes allocated per sample (docs/benchmarks.md).
 */
public final class SampleParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER, StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Ids ids = new Ids();

    public ParsedSample parse(byte[] json) {
        try (JsonParser p = JSON.createParser(json)) {
            return read(p);
        } catch (IOException e) {
            throw new Refusal("not a JSON object: " + firstLine(e.getMessage()));
        }
    }

    private ParsedSample read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new Refusal("not a JSON object");
        }
        boolean messageId = false;
        String runId = null;
        String pointId = null;
        long sequence = -1;
        double timeS = Double.NaN;
        double speed = Double.NaN;
        double torque = Double.NaN;
        double inputPower = NOT_MEASURED;
        double[] voltages = null;
        double[] currents = null;
        double powerFactor = NOT_MEASURED;
        double winding = NOT_MEASURED;
        double coolant = NOT_MEASURED;
        double magnet = NOT_MEASURED;
        double vibration = NOT_MEASURED;
        double backEmf = NOT_MEASURED;
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "messageId" -> messageId = id(p, t, field) >= 0;
                case "runId" -> runId = sharedId(p, t, field);
                case "pointId" -> pointId = sharedId(p, t, field);
                case "sequence" -> sequence = sequence(p, t);
                case "time" -> timeS = time(p, t);
                case "speedRpm" -> speed = number(p, t, field, 0, 100_000);
                case "torqueNm" -> torque = number(p, t, field, -1_000_000, 1_000_000);
                case "inputPowerW" -> inputPower = number(p, t, field, 0, 100_000_000);
                case "lineVoltagesV" -> voltages = triple(p, t, field, 50_000);
                case "phaseCurrentsA" -> currents = triple(p, t, field, 100_000);
                case "powerFactor" -> powerFactor = number(p, t, field, 0, 1);
                case "windingTemperatureC" -> winding = number(p, t, field, -60, 400);
                case "coolantTemperatureC" -> coolant = number(p, t, field, -60, 400);
                case "magnetTemperatureC" -> magnet = number(p, t, field, -60, 400);
                case "vibrationVelocityMmS" -> vibration = number(p, t, field, 0, 1000);
                case "backEmfLineVoltageRmsV" -> backEmf = number(p, t, field, 0, 50_000);
                default -> throw new Refusal("unknown field '" + field + "'");
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new Refusal("trailing content after the JSON object");
        }
        if (!messageId) {
            throw new Refusal("messageId is required");
        }
        missing(runId, "runId");
        missing(pointId, "pointId");
        if (Double.isNaN(timeS)) {
            throw new Refusal("time is required");
        }
        if (sequence < 0) {
            throw new Refusal("sequence is required");
        }
        if (Double.isNaN(speed) || Double.isNaN(torque)) {
            throw new Refusal(Double.isNaN(speed) ? "speedRpm is required" : "torqueNm is required");
        }
        ElectricalInput input = input(inputPower, voltages, currents, powerFactor, backEmf);
        return new ParsedSample(runId, pointId, sequence,
                new RigSampleValues(timeS, speed, torque, input, winding, coolant, magnet, vibration, backEmf));
    }

    private static ElectricalInput input(double power, double[] u, double[] i, double pf, double backEmf) {
        boolean threePhase = u != null || i != null || !Double.isNaN(pf);
        if (!Double.isNaN(power) && threePhase) {
            throw new Refusal("inputPowerW and the three-phase triple are exclusive: send one form of electrical input");
        }
        if (threePhase) {
            if (u == null || i == null || Double.isNaN(pf)) {
                throw new Refusal("lineVoltagesV, phaseCurrentsA and powerFactor go together: one is missing");
            }
            return ElectricalInput.ThreePhaseRms.ofLines(u[0], u[1], u[2], i[0], i[1], i[2], pf);
        }
        if (!Double.isNaN(power)) {
            return new ElectricalInput.Power(power);
        }
        if (Double.isNaN(backEmf)) {
            throw new Refusal("no electrical input: send inputPowerW, the three-phase triple, or backEmfLineVoltageRmsV");
        }
        return null;
    }

    private String sharedId(JsonParser p, JsonToken t, String field) throws IOException {
        int length = id(p, t, field);
        return ids.of(p.getTextCharacters(), p.getTextOffset(), length);
    }

    /** Checks an id where the parser holds it; returns its length. */
    private static int id(JsonParser p, JsonToken t, String field) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw new Refusal(field + " must be a string");
        }
        char[] chars = p.getTextCharacters();
        int from = p.getTextOffset();
        int length = p.getTextLength();
        if (length == 0 || length > 128) {
            throw new Refusal(field + " must be 1 to 128 characters");
        }
        for (int k = from; k < from + length; k++) {
            char c = chars[k];
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new Refusal(field + " must not contain whitespace or control characters");
            }
        }
        return length;
    }

    private static double time(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw new Refusal("time must be a string");
        }
        try {
            return FastInstant.epochSeconds(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        } catch (IllegalArgumentException e) {
            throw new Refusal("time: " + e.getMessage());
        }
    }

    private static long sequence(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw new Refusal("sequence must be an integer");
        }
        long v = p.getLongValue();
        if (v < 0) {
            throw new Refusal("sequence must not be negative, was " + v);
        }
        return v;
    }

    private static double number(JsonParser p, JsonToken t, String field, double min, double max) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            throw new Refusal(field + " must be a number");
        }
        double v = p.getDoubleValue();
        if (!(v >= min && v <= max)) {
            throw new Refusal(field + " " + v + " is out of range " + min + " .. " + max);
        }
        return v;
    }

    private static double[] triple(JsonParser p, JsonToken t, String field, double max) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw new Refusal(field + " must be an array of three numbers");
        }
        double[] v = new double[3];
        int n = 0;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (n == 3) {
                throw new Refusal(field + " must have exactly three values");
            }
            v[n++] = number(p, e, field + "[" + (n - 1) + "]", 0, max);
        }
        if (n != 3) {
            throw new Refusal(field + " must have exactly three values, has " + n);
        }
        return v;
    }

    private static void missing(String value, String field) {
        if (value == null) {
            throw new Refusal(field + " is required");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
