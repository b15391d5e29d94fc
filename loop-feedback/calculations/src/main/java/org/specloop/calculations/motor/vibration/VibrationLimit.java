package org.specloop.calculations.motor.vibration;

/**
 * The rms velocity limit for one grade, mounting and shaft height, or the explicit
 * statement that the standard sets none (a '-' in its table, or a shaft height it does
 * not cover). No substitute number is made up for a missing limit.
 */
public sealed interface VibrationLimit {

    /** @param maxRmsMmPerS maximum rms vibration velocity, mm/s */
    record Limit(double maxRmsMmPerS) implements VibrationLimit {

        public boolean pass(double rmsMmPerS) {
            return rmsMmPerS <= maxRmsMmPerS;
        }

        public double marginMmPerS(double rmsMmPerS) {
            return maxRmsMmPerS - rmsMmPerS;
        }
    }

    record NotApplicable(String reason) implements VibrationLimit {
    }
}
