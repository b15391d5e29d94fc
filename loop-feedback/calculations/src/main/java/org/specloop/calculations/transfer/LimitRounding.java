package org.specloop.calculations.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds a derived limit to four significant digits (1.304 T, 1602 kA/m, 93.27 %), always
 * towards the safe side: a minimum up, a maximum down, so rounding never loosens the evidence.
 */
public final class LimitRounding {
    static final int SIGNIFICANT_DIGITS = 4;

    private LimitRounding() {
    }

    public static double conservative(double value, LimitSide side) {
        if (value == 0.0 || !Double.isFinite(value)) {
            return value;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        int scale = SIGNIFICANT_DIGITS - 1 - magnitude;
        RoundingMode mode = side == LimitSide.MIN ? RoundingMode.CEILING : RoundingMode.FLOOR;
        // via the shortest decimal text, so 1.304 stays 1.304 and does not become 1.305
        return new BigDecimal(Double.toString(value)).setScale(scale, mode).doubleValue();
    }
}
