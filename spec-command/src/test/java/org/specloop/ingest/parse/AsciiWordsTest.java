package org.specloop.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The word-at-a-time tests give the answers of the byte loops they replace, at every offset and length. */
class AsciiWordsTest {

    @Test
    void closingQuoteOfKnownStrings() {
        assertEquals(14, AsciiWords.closingQuote(ascii("\"BENCH-RUN-007\",\"pointId\""), 1, 0x21));
        assertEquals(1, AsciiWords.closingQuote(ascii("\"\""), 1, 0x21));
        assertEquals(-1, AsciiWords.closingQuote(ascii("\"BENCH RUN\""), 1, 0x21), "a space in an id");
        assertEquals(10, AsciiWords.closingQuote(ascii("\"BENCH RUN\""), 1, 0x20), "a space in a name or time");
        assertEquals(-1, AsciiWords.closingQuote(ascii("\"run\\\"1\""), 1, 0x20), "an escape");
        assertEquals(-1, AsciiWords.closingQuote(ascii("\"run-000000000001"), 1, 0x20), "no closing quote");
        assertEquals(-1, AsciiWords.closingQuote("\"r\u00e9sum\u00e9-run\"".getBytes(StandardCharsets.UTF_8), 1, 0x20),
                "not ASCII");
        assertEquals(-1, AsciiWords.closingQuote(ascii("\"abcdefgh\u007f\""), 1, 0x20), "DEL");
    }

    @Test
    void closingQuoteAgreesWithTheByteLoop() {
        SplittableRandom random = new SplittableRandom(60034);
        byte[] alphabet = ascii("aZ09-_/.:\"\\ \t~");
        for (int n = 0; n < 200_000; n++) {
            byte[] b = new byte[random.nextInt(1, 40)];
            for (int k = 0; k < b.length; k++) {
                int pick = random.nextInt(20);
                b[k] = pick < alphabet.length ? alphabet[pick] : (byte) random.nextInt(256);
            }
            int from = random.nextInt(b.length);
            int lowest = random.nextBoolean() ? 0x20 : 0x21;
            assertEquals(byteLoop(b, from, lowest), AsciiWords.closingQuote(b, from, lowest),
                    () -> Arrays.toString(b) + " from " + from + " lowest " + lowest);
        }
    }

    @Test
    void equalAgreesWithArraysEqualsAndHashFollowsEquality() {
        SplittableRandom random = new SplittableRandom(60404);
        for (int n = 0; n < 200_000; n++) {
            int length = random.nextInt(0, 30);
            byte[] a = randomBytes(random, length + random.nextInt(5));
            byte[] b = randomBytes(random, length + random.nextInt(5));
            int aFrom = random.nextInt(a.length - length + 1);
            int bFrom = random.nextInt(b.length - length + 1);
            if (random.nextBoolean()) {
                System.arraycopy(a, aFrom, b, bFrom, length);
                if (length > 0 && random.nextBoolean()) {
                    b[bFrom + random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            boolean expected = Arrays.equals(a, aFrom, aFrom + length, b, bFrom, bFrom + length);
            assertEquals(expected, AsciiWords.equal(a, aFrom, b, bFrom, length));
            if (expected) {
                assertEquals(AsciiWords.hash(a, aFrom, length), AsciiWords.hash(b, bFrom, length));
            }
        }
    }

    private static int byteLoop(byte[] b, int from, int lowest) {
        for (int at = from; at < b.length; at++) {
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

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] b = new byte[length];
        for (int k = 0; k < length; k++) {
            b[k] = (byte) random.nextInt(4); // few values, so that equal ranges come up by chance too
        }
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
