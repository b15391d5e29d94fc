package org.specloop.ui.record;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a record writes times and values. Times are in UTC to the second whatever the reader's zone:
 * a signed record is compared with audit trails and other sites' copies, which must read the same.
 */
final class RecordText {
    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RecordText() {
    }

    static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }

    /** A value with its unit; numbers to six significant digits, as the workspace shows them. */
    static String value(Object value, String unit) {
        if (value == null) {
            return NONE;
        }
        String number = value instanceof Number n ? number(n.doubleValue()) : String.valueOf(value);
        return unit == null || unit.isBlank() || "1".equals(unit) ? number : number + " " + unit;
    }

    static String number(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
