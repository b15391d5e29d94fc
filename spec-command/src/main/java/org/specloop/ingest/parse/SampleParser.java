package org.specloop.ingest.parse;

import org.specloop.contracts.common.TextLimits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import org.specloop.ingest.Refusal;

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
 *
 * <p>Samples in the plain form rigs send are read by {@link SampleScanner} without Jackson; this
 * parser reads the rest and decides every case the scanner does not (SampleScannerTest holds the
 * two to the same answers).
 */
public final class SampleParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER, StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Ids ids = new Ids();

    public ParsedSample parse(byte[] json) {
        ParsedSample scanned = SampleScanner.scan(json, ids);
        return scanned != null ? scanned : parseFully(json);
    }

    /** Jackson's streaming parser, for every sample the scanner gives up on; the authority on what a sample means. */
    ParsedSample parseFully(byte[] json) {
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
        SampleFields fields = new SampleFields();
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            int field = SampleFields.index(name);
            switch (field) {
                case SampleFields.MESSAGE_ID -> {
                    id(p, t, name);
                    fields.messageIdSeen();
                }
                case SampleFields.RUN_ID -> fields.runId(sharedId(p, t, name));
                case SampleFields.POINT_ID -> fields.pointId(sharedId(p, t, name));
                case SampleFields.SEQUENCE -> fields.sequence(sequence(p, t));
                case SampleFields.TIME -> fields.time(time(p, t));
                case SampleFields.LINE_VOLTAGES, SampleFields.PHASE_CURRENTS -> fields.triple(field, triple(p, t, field));
                case -1 -> throw SampleFields.unknown(name);
                default -> fields.number(field, number(p, t, name));
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new Refusal("trailing content after the JSON object");
        }
        return fields.sample();
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
        if (length == 0 || length > TextLimits.ID) {
            throw new Refusal(field + " must be 1 to " + TextLimits.ID + " characters");
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
        return p.getLongValue();
    }

    private static double number(JsonParser p, JsonToken t, String field) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            throw new Refusal(field + " must be a number");
        }
        return p.getDoubleValue();
    }

    private static double[] triple(JsonParser p, JsonToken t, int field) throws IOException {
        String name = SampleFields.NAMES[field];
        if (t != JsonToken.START_ARRAY) {
            throw new Refusal(name + " must be an array of three numbers");
        }
        double[] v = new double[3];
        int n = 0;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (n == 3) {
                throw new Refusal(name + " must have exactly three values");
            }
            v[n] = SampleFields.tripleValue(field, n, number(p, e, name + "[" + n + "]"));
            n++;
        }
        if (n != 3) {
            throw new Refusal(name + " must have exactly three values, has " + n);
        }
        return v;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
