package org.specloop.query.lot;

import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.units.Characteristic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One measured property in its canonical unit, with the symbol a quality engineer reads (HcJ, not HCJ):
 * the unit travels with the value so that a client never has to know the canonical units by heart.
 */
public record MeasuredValue(String characteristic, String symbol, double value, String unit) {

    public static MeasuredValue of(Characteristic characteristic, double value) {
        return new MeasuredValue(characteristic.name(), characteristic.symbol(), value, characteristic.unit());
    }

    /** "Br 1.32 T, HcJ 1615.4 kA/m": the values as the lot's history line shows them. */
    static String describe(List<PropertyValue> values) {
        if (values.isEmpty()) {
            return "no values";
        }
        return values.stream()
                .map(v -> v.characteristic().symbol() + " " + number(v.value()) + unit(v.characteristic()))
                .collect(Collectors.joining(", "));
    }

    /** A ratio's unit "1" is not written: "Hk/HcJ 0.95", not "Hk/HcJ 0.95 1". */
    private static String unit(Characteristic characteristic) {
        return "1".equals(characteristic.unit()) ? "" : " " + characteristic.unit();
    }

    /**
     * Up to four decimals, without trailing zeros: 1615.4131 stays, 1.3200 becomes 1.32. The same text as
     * {@code String.format("%.4f")} with the zeros cut (both round the shortest decimal form half up), without
     * its formatter and two regular expressions per value: a replay formats every measured value again, and
     * that was an eighth of the lot projection's CPU (docs/benchmarks.md, "replay").
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.4f", value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
        String text = rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
        // the formatter keeps the sign of a negative value that rounds to zero: -0.00001 is "-0"
        return rounded.signum() == 0 && (value < 0 || 1 / value < 0) ? "-" + text : text;
    }
}
