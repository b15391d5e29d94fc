package org.specloop.ui;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the workspace writes times and quantities: every time with its zone, every value with its
 * unit, so a screenshot or a printout can never be misread. Templates call it as ${@display...}.
 */
@Component("display")
public class Display {
    private final ZoneId zone;
    private final DateTimeFormatter time;

    public Display(UiProperties properties) {
        this.zone = properties.zone();
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(this.zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String time(Instant instant) {
        return instant == null ? "—" : time.format(instant);
    }

    /** ISO form for the datetime attribute of time elements, read by assistive technology. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String value(Object value, String unit) {
        if (value == null) {
            return "—";
        }
        String number = value instanceof Number n ? number(n.doubleValue()) : String.valueOf(value);
        return unit == null || unit.isBlank() || "1".equals(unit) ? number : number + " " + unit;
    }

    public String number(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    public String label(String enumName) {
        return enumName == null ? "—" : enumName.charAt(0) + enumName.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
