package org.specloop.ingest.parse;

import org.specloop.contracts.common.TextLimits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.specloop.ingest.Refusal;

/**
 * The fast path for rig samples in the form rigs send them: one flat JSON object with the schema's
 * ASCII field names, ASCII strings without escapes, plain decimal numbers and arrays of three. It
 * reads the bytes once, with no tokenizer, name table or parser object; the profile of the ingest
 * benchmark had half of a consumer thread's time in Jackson's name hashing and parser set-up.
 *
 * <p>Anything outside that form (escapes, non-ASCII, exponents, more than 15 digits, nesting, a key twice,
 * unknown fields, a wrong type, malformed JSON, an id the schema refuses) makes it give up and
 * return null, and {@link SampleParser} reads the sample again with Jackson, whose answer is the
 * authority. What the scanner does accept it stores through the same {@link SampleFields}, so a
 * range or a missing field is refused with the same words. Numbers are exact: a mantissa below
 * 2^53 divided by a power of ten up to 10^22 is two exact doubles and one correctly rounded
 * division, the same double Double.parseDouble gives (Clinger's fast path).
 */
final class SampleScanner {

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int MAX_EXACT_DIGITS = 15;
    private static final int MAX_ID_LENGTH = TextLimits.ID;

    /** Thrown inside to leave the scan; shared and without a stack trace, so giving up costs nothing. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private static final long ENDS_VALUE_LOW = 1L << ',' | 1L << ' ' | 1L << '\n' | 1L << '\r' | 1L << '\t';
    private static final long ENDS_VALUE_HIGH = 1L << ('}' - 64) | 1L << (']' - 64);

    private static final byte[][] NAME_BYTES = new byte[SampleFields.NAMES.length][];
    /** The names with their quotes, as they stand in a sample. */
    private static final byte[][] QUOTED_NAMES = new byte[SampleFields.NAMES.length][];

    /** FOLLOWS[f + 1]: the field seen after field f (FOLLOWS[0]: the first field), or -1. */
    private static final int[] FOLLOWS = new int[SampleFields.NAMES.length + 1];

    static {
        for (int k = 0; k < NAME_BYTES.length; k++) {
            NAME_BYTES[k] = SampleFields.NAMES[k].getBytes(StandardCharsets.US_ASCII);
            QUOTED_NAMES[k] = ('"' + SampleFields.NAMES[k] + '"').getBytes(StandardCharsets.US_ASCII);
        }
        Arrays.fill(FOLLOWS, -1);
    }

    private final byte[] b;
    private final Ids ids;
    private int at;
    /** Where the last string's characters start, and how many there are (between the quotes). */
    private int textFrom;
    private int textLength;

    private SampleScanner(byte[] json, Ids ids) {
        this.b = json;
        this.ids = ids;
    }

    /**
     * @return the sample, or null when the full parser must read it
     * @throws Refusal for a value out of its range or a required field missing, as the full parser would
     */
    static ParsedSample scan(byte[] json, Ids ids) {
        try {
            return new SampleScanner(json, ids).object();
        } catch (GiveUp e) {
            return null;
        }
    }

    private ParsedSample object() {
        SampleFields fields = new SampleFields();
        skipWhitespace();
        expect('{');
        skipWhitespace();
        if (peek() == '}') {
            at++;
        } else {
            int after;
            int field = -1;
            int seen = 0;
            do {
                skipWhitespace();
                field = name(field);
                if ((seen & (1 << field)) != 0) {
                    throw GIVE_UP; // a key given twice is the full parser's to refuse
                }
                seen |= 1 << field;
                skipWhitespace();
                expect(':');
                skipWhitespace();
                value(fields, field);
                skipWhitespace();
                after = next();
            } while (after == ',');
            if (after != '}') {
                throw GIVE_UP;
            }
        }
        skipWhitespace();
        if (at != b.length) {
            throw GIVE_UP;
        }
        return fields.sample();
    }

    private void value(SampleFields fields, int field) {
        switch (field) {
            case SampleFields.MESSAGE_ID -> {
                id();
                fields.messageIdSeen();
            }
            case SampleFields.RUN_ID -> fields.runId(sharedId());
            case SampleFields.POINT_ID -> fields.pointId(sharedId());
            case SampleFields.SEQUENCE -> fields.sequence(integer());
            case SampleFields.TIME -> fields.time(time());
            case SampleFields.LINE_VOLTAGES, SampleFields.PHASE_CURRENTS -> fields.triple(field, triple(field));
            default -> fields.number(field, number());
        }
    }

    /**
     * A field name of the schema; an unknown one is the full parser's to refuse. Rigs send their
     * fields in the same order every time, so the field that followed this one in an earlier sample
     * is tried first: one comparison instead of a search. The hints are shared between threads
     * without a lock; an int is written whole, and a stale hint only costs the search.
     */
    private int name(int previous) {
        int hinted = FOLLOWS[previous + 1];
        if (hinted >= 0 && hintedNameHere(hinted)) {
            return hinted;
        }
        string();
        for (int k = 0; k < NAME_BYTES.length; k++) {
            if (matches(k)) {
                FOLLOWS[previous + 1] = k;
                return k;
            }
        }
        throw GIVE_UP;
    }

    /**
     * The hinted name, quotes included, compared in place; on a match the scan moves past it. Names
     * are printable ASCII without quotes or escapes, so equal bytes and a closing quote are that very
     * string, and the character checks of {@link #string} have nothing to find.
     */
    private boolean hintedNameHere(int field) {
        byte[] known = QUOTED_NAMES[field];
        if (at + known.length >= b.length || !AsciiWords.equal(b, at, known, 0, known.length)) {
            return false;
        }
        at += known.length;
        return true;
    }

    private boolean matches(int field) {
        byte[] known = NAME_BYTES[field];
        return known.length == textLength && AsciiWords.equal(b, textFrom, known, 0, known.length);
    }

    /** A string of printable ASCII without escapes; its characters are left in textFrom/textLength. */
    private void string() {
        scanString(0x20);
    }

    /** A string as {@link #string} reads it, without spaces, of 1 to 128 characters: one pass over the bytes. */
    private void id() {
        scanString(0x21);
        if (textLength == 0 || textLength > MAX_ID_LENGTH) {
            throw GIVE_UP;
        }
    }

    /** Gives up on a byte below {@code lowest} or above '~', on an escape and on a string that does not end. */
    private void scanString(int lowest) {
        expect('"');
        int close = AsciiWords.closingQuote(b, at, lowest);
        if (close < 0) {
            throw GIVE_UP;
        }
        textFrom = at;
        textLength = close - at;
        at = close + 1;
    }

    private String sharedId() {
        id();
        return ids.ofAscii(b, textFrom, textLength);
    }

    private double time() {
        string();
        try {
            return FastInstant.epochSeconds(b, textFrom, textLength);
        } catch (IllegalArgumentException e) {
            throw GIVE_UP;
        }
    }

    private double[] triple(int field) {
        expect('[');
        double[] v = new double[3];
        for (int n = 0; n < 3; n++) {
            skipWhitespace();
            v[n] = SampleFields.tripleValue(field, n, number());
            skipWhitespace();
            expect(n < 2 ? ',' : ']');
        }
        return v;
    }

    /** A JSON integer without fraction or exponent. */
    private long integer() {
        boolean negative = peek() == '-';
        if (negative) {
            at++;
        }
        long digits = digits();
        if (!endsValue(peek())) {
            throw GIVE_UP;
        }
        return negative ? -digits : digits;
    }

    private double number() {
        boolean negative = peek() == '-';
        if (negative) {
            at++;
        }
        int start = at;
        long mantissa = digits();
        int fractionDigits = 0;
        if (peek() == '.') {
            at++;
            int fractionStart = at;
            while (isDigit(peek())) {
                mantissa = mantissa * 10 + (b[at] - '0');
                at++;
            }
            fractionDigits = at - fractionStart;
            if (fractionDigits == 0) {
                throw GIVE_UP;
            }
        }
        if (!endsValue(peek()) || at - start - (fractionDigits > 0 ? 1 : 0) > MAX_EXACT_DIGITS) {
            throw GIVE_UP;
        }
        if (fractionDigits == 0) {
            // an integer is a long first, as in the full parser: "-0" is 0.0, not -0.0
            return negative ? -mantissa : mantissa;
        }
        double v = (double) mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -v : v;
    }

    /** The integer part: "0" or a digit 1-9 and more digits (JSON has no leading zeros), at most 15 digits. */
    private long digits() {
        int start = at;
        int c = peek();
        if (c == '0') {
            at++;
            if (isDigit(peek())) {
                throw GIVE_UP;
            }
            return 0;
        }
        long v = 0;
        while (isDigit(peek())) {
            v = v * 10 + (b[at] - '0');
            at++;
        }
        int count = at - start;
        if (count == 0 || count > MAX_EXACT_DIGITS) {
            throw GIVE_UP;
        }
        return v;
    }

    /**
     * Whether a number may end before this byte. Checked before a range is judged, so that "9999x"
     * is malformed JSON (the full parser's error), not a value out of range.
     */
    private static boolean endsValue(int c) {
        // one bit per byte value that may follow a number: , } ] space \n \r \t (a test a byte, not seven)
        return c >= 0 && (c < 64 ? (ENDS_VALUE_LOW >>> c & 1) != 0 : c < 128 && (ENDS_VALUE_HIGH >>> (c - 64) & 1) != 0);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (at < b.length) {
            byte c = b[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw GIVE_UP;
        }
    }

    /** The byte here and a step on, or -1 past the end. */
    private int next() {
        return at < b.length ? b[at++] : -1;
    }

    private int peek() {
        return at < b.length ? b[at] : -1;
    }
}
