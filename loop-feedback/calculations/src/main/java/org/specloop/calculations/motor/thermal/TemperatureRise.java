package org.specloop.calculations.motor.thermal;

import org.specloop.contracts.rig.ThermalClass;

import static org.specloop.calculations.motor.Checks.finite;

/**
 * Winding temperature rise over coolant, IEC 60034-1.
 *
 * <p>The class limits are stated for 40 degC coolant. IEC 60034-1 corrects the limit when
 * the coolant differs; that correction depends on the edition and the site, so it is not
 * applied here: pass the corrected limit to {@link #against(double)} when it applies.
 *
 * @param windingC winding temperature, degC
 * @param coolantC coolant (ambient or inlet) temperature, degC
 */
public record TemperatureRise(double windingC, double coolantC) {

    private static final double ABSOLUTE_ZERO_C = -273.15;

    public TemperatureRise {
        finite("winding temperature", windingC, "degC");
        finite("coolant temperature", coolantC, "degC");
        if (windingC < ABSOLUTE_ZERO_C || coolantC < ABSOLUTE_ZERO_C) {
            throw new IllegalArgumentException("temperatures below absolute zero: winding " + windingC
                    + " degC, coolant " + coolantC + " degC");
        }
    }

    /** Rise in K (a difference of degC is a difference of K). */
    public double riseK() {
        return windingC - coolantC;
    }

    public RiseVerdict against(ThermalClass thermalClass) {
        return against(thermalClass.riseLimitK());
    }

    public RiseVerdict against(double riseLimitK) {
        finite("temperature-rise limit", riseLimitK, "K");
        return new RiseVerdict(riseK(), riseLimitK);
    }

    /**
     * @param riseK  measured rise, K
     * @param limitK permitted rise, K
     */
    public record RiseVerdict(double riseK, double limitK) {

        /** Reaching the limit exactly still passes: the standard's limit is a maximum. */
        public boolean pass() {
            return riseK <= limitK;
        }

        /** Headroom to the limit in K; negative by the amount of the excess. */
        public double marginK() {
            return limitK - riseK;
        }
    }
}
