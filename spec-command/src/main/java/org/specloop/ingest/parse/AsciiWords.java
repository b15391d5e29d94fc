package org.specloop.ingest.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-array work of the sample scanner done eight bytes at a time: a rig sample is some 280 bytes
 * of short names, ids and a time, and byte loops over them were a fifth of a consumer thread in the
 * ingest benchmark's profile (docs/benchmarks.md). The tests are exact per byte (no carry crosses
 * from one byte into the next), so the first flagged byte is the first byte that fails the test.
 */
final class AsciiWords {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private AsciiWords() {
    }

    /** Whether a[aFrom ..] and b[bFrom ..] hold the same {@code length} bytes; both ranges must be inside their arrays. */
    static boolean equal(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        if (length >= 8) {
            int last = length - 8;
            for (int k = 0; k < last; k += 8) {
                if (longAt(a, aFrom + k) != longAt(b, bFrom + k)) {
                    return false;
                }
            }
            // the last word ends at the last byte; it may overlap the word before it
            return longAt(a, aFrom + last) == longAt(b, bFrom + last);
        }
        if (length >= 4) {
            return intAt(a, aFrom) == intAt(b, bFrom) && intAt(a, aFrom + length - 4) == intAt(b, bFrom + length - 4);
        }
        for (int k = 0; k < length; k++) {
            if (a[aFrom + k] != b[bFrom + k]) {
                return false;
            }
        }
        return true;
    }

    /** A hash of the bytes from their first and last words and their length; equal bytes, equal hash. */
    static int hash(byte[] b, int from, int length) {
        long h;
        if (length >= 8) {
            h = longAt(b, from) * 0x9E3779B97F4A7C15L + longAt(b, from + length - 8);
        } else if (length >= 4) {
            h = intAt(b, from) * 0x9E3779B97F4A7C15L + intAt(b, from + length - 4);
        } else {
            h = 0;
            for (int k = from; k < from + length; k++) {
                h = h * 31 + b[k];
            }
        }
        h = (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L + length;
        return (int) (h ^ (h >>> 32));
    }

    /**
     * Where the string that starts at {@code from} (just past its opening quote) ends: the index of its
     * closing quote, or -1 when a byte before it is below {@code lowest}, above '~' or a backslash, or
     * when there is no closing quote.
     */
    static int closingQuote(byte[] b, int from, int lowest) {
        long below = ONES * (0x80 - lowest);
        int at = from;
        for (; at + 8 <= b.length; at += 8) {
            long x = longAt(b, at);
            long low7 = x & ~HIGH_BITS;
            long flagged = (x & HIGH_BITS)                         // not ASCII
                    | (~(low7 + below) & HIGH_BITS)                // below the lowest allowed
                    | ((low7 + ONES) & HIGH_BITS)                  // DEL
                    | zeroBytes(low7 ^ (ONES * '"'))
                    | zeroBytes(low7 ^ (ONES * '\\'));
            if (flagged != 0) {
                int first = at + (Long.numberOfTrailingZeros(flagged) >>> 3);
                return b[first] == '"' ? first : -1;
            }
        }
        for (; at < b.length; at++) {
            int c = b[at];
            if (c == '"') {
                return at;
            }
            if (c < lowest || c > 0x7e || c == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /** The high bit set in each byte of a 7-bit-per-byte word that is zero. */
    private static long zeroBytes(long low7) {
        return ~(low7 + ONES * 0x7f) & HIGH_BITS;
    }

    private static long longAt(byte[] b, int at) {
        return (long) LONG.get(b, at);
    }

    private static int intAt(byte[] b, int at) {
        return (int) INT.get(b, at);
    }
}
