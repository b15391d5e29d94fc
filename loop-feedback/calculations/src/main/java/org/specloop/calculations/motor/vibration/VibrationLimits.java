package org.specloop.calculations.motor.vibration;

import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.VibrationGrade;

import static org.specloop.calculations.motor.Checks.finite;

import java.util.Optional;

/** The IEC 60034-14 limit table for rms vibration velocity, mm/s. */
public final class VibrationLimits {

    /** NaN marks the '-' cell: grade B, rigid mounting, H up to 132 mm has no limit. */
    private static final double NONE = Double.NaN;

    // rows: A free, A rigid, B free, B rigid; columns: ShaftHeightBand order
    private static final double[][] TABLE = {
            {1.6, 2.2, 2.8},
            {1.3, 1.8, 2.3},
            {0.7, 1.1, 1.8},
            {NONE, 0.9, 1.5},
    };

    private VibrationLimits() {
    }

    /** @param shaftHeightMm shaft height H, mm */
    public static VibrationLimit limitFor(VibrationGrade grade, Mounting mounting, double shaftHeightMm) {
        finite("shaft height", shaftHeightMm, "mm");
        Optional<ShaftHeightBand> band = ShaftHeightBand.of(shaftHeightMm);
        if (band.isEmpty()) {
            return new VibrationLimit.NotApplicable("IEC 60034-14 sets no limit for shaft height "
                    + shaftHeightMm + " mm (below 56 mm)");
        }
        double limit = TABLE[grade.ordinal() * 2 + mounting.ordinal()][band.get().ordinal()];
        if (Double.isNaN(limit)) {
            return new VibrationLimit.NotApplicable("IEC 60034-14 sets no limit for grade " + grade + ", "
                    + mounting.name().toLowerCase() + " mounting, shaft height " + shaftHeightMm + " mm");
        }
        return new VibrationLimit.Limit(limit);
    }
}
