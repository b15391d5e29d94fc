package org.specloop.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * RFC 3339 instants to epoch seconds. Rigs send "2026-11-20T08:12:41.250Z" a million times an
 * hour; java.time's parser costs more than the whole rest of a sample, so the UTC form is read by
 * hand and anything else (offsets, odd precision) goes through OffsetDateTime. The text is read
 * where its caller holds it (the JSON parser's characters, the scanner's request bytes), so the
 * common case copies nothing and makes no String at all.
 */
final class FastInstant {

    private FastInstant() {
    }

    static double epochSeconds(char[] chars, int from, int length) {
        return epochSeconds(new Chars(chars), from, length);
    }

    /** The text as bytes, read as ISO-8859-1: the scanner holds a request's JSON, printable ASCII here. */
    static double epochSeconds(byte[] bytes, int from, int length) {
        return epochSeconds(new Bytes(bytes), from, length);
    }

    /** One parser for both holders of the text. */
    private interface Text {
        int at(int i);

        String string(int from, int length);
    }

    private record Chars(char[] c) implements Text {
        @Override
        public int at(int i) {
            return c[i];
        }

        @Override
        public String string(int from, int length) {
            return new String(c, from, length);
        }
    }

    private record Bytes(byte[] b) implements Text {
        @Override
        public int at(int i) {
            return b[i] & 0xff;
        }

        @Override
        public String string(int from, int length) {
            return new String(b, from, length, StandardCharsets.ISO_8859_1);
        }
    }

    private static double epochSeconds(Text text, int from, int length) {
        double utc = utc(text, from, length);
        return Double.isNaN(utc) ? parsed(text.string(from, length)) : utc;
    }

    /** "yyyy-mm-ddThh:mm:ss[.f]Z" read by hand, or NaN when the text has any other form. */
    private static double utc(Text c, int at, int n) {
        if (n >= 20 && c.at(at + n - 1) == 'Z' && c.at(at + 4) == '-' && c.at(at + 7) == '-'
                && c.at(at + 10) == 'T' && c.at(at + 13) == ':' && c.at(at + 16) == ':') {
            int year = digits(c, at, 4);
            int month = digits(c, at + 5, 2);
            int day = digits(c, at + 8, 2);
            int hour = digits(c, at + 11, 2);
            int minute = digits(c, at + 14, 2);
            int second = digits(c, at + 17, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour >= 0
                    && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                double fraction = fraction(c, at + 19, at + n - 1);
                if (!Double.isNaN(fraction)) {
                    return daysFromCivil(year, month, day) * 86400.0 + hour * 3600 + minute * 60 + second + fraction;
                }
            }
        }
        return Double.NaN;
    }

    private static double parsed(String text) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(text);
            return t.toEpochSecond() + t.getNano() / 1e9;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an RFC 3339 date-time");
        }
    }

    private static int digits(Text s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int c = s.at(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** ".250" between from and to (exclusive), or nothing; NaN when malformed. */
    private static double fraction(Text s, int from, int to) {
        if (from == to) {
            return 0.0;
        }
        if (s.at(from) != '.' || to - from < 2 || to - from > 10) {
            return Double.NaN;
        }
        long v = 0;
        long scale = 1;
        for (int i = from + 1; i < to; i++) {
            int c = s.at(i);
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            v = v * 10 + (c - '0');
            scale *= 10;
        }
        return (double) v / scale;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm). */
    private static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
