package org.specloop.calculations.motor.vibration;

import static org.specloop.calculations.motor.Checks.finite;

/**
 * rms vibration velocity, sqrt(mean of squares). Fed with instantaneous velocities it gives
 * the rms of the signal; fed with per-interval rms readings of equal length it gives the
 * energy-equivalent rms over the whole record, so either rig output can be used.
 */
public final class VibrationRms {

    private VibrationRms() {
    }

    /** @param velocitiesMmPerS velocity samples, mm/s */
    public static double of(double[] velocitiesMmPerS) {
        if (velocitiesMmPerS.length == 0) {
            throw new IllegalArgumentException("no vibration samples: rms is undefined");
        }
        double sumSquares = 0.0;
        for (double v : velocitiesMmPerS) {
            finite("vibration velocity sample", v, "mm/s");
            sumSquares += v * v;
        }
        return Math.sqrt(sumSquares / velocitiesMmPerS.length);
    }
}
