package org.specloop.calculations.motor.vibration;

import java.util.Optional;

/** Shaft-height ranges of the IEC 60034-14 limit table. */
public enum ShaftHeightBand {
    /** 56 mm &lt;= H &lt;= 132 mm. */
    H56_TO_132,
    /** 132 mm &lt; H &lt;= 280 mm. */
    ABOVE_132_TO_280,
    /** H &gt; 280 mm. */
    ABOVE_280;

    /** Empty below 56 mm, where the standard sets no limits. */
    public static Optional<ShaftHeightBand> of(double shaftHeightMm) {
        if (!(shaftHeightMm >= 56.0)) {
            return Optional.empty();
        }
        if (shaftHeightMm <= 132.0) {
            return Optional.of(H56_TO_132);
        }
        return Optional.of(shaftHeightMm <= 280.0 ? ABOVE_132_TO_280 : ABOVE_280);
    }
}
