package org.specloop.calculations.motor.ieclass;

import java.util.Map;

/**
 * IEC 60034-30-1 interpolation for 50 Hz ratings between table values:
 * eta% = A x^3 + B x^2 + C x + D, x = log10(P_N / 1 kW), valid 0.75 kW to 200 kW.
 * Coefficients exist for IE3 and IE4 at 2, 4, 6 and 8 poles; any other case is reported
 * as not covered. The result is rounded to 0.1 %, the resolution of the standard's tables.
 */
public final class IeFormula {

    static final double MIN_POWER_KW = 0.75;
    static final double MAX_POWER_KW = 200.0;
    static final double FREQUENCY_HZ = 50.0;

    private record Key(IeClass ieClass, int poles) {
    }

    private record Coefficients(double a, double b, double c, double d) {
        double at(double x) {
            return ((a * x + b) * x + c) * x + d;
        }
    }

    private static final Map<Key, Coefficients> COEFFICIENTS = Map.of(
            new Key(IeClass.IE3, 2), new Coefficients(0.3569, -3.3076, 11.6108, 82.2503),
            new Key(IeClass.IE3, 4), new Coefficients(0.0773, -1.8951, 9.2984, 83.7025),
            new Key(IeClass.IE3, 6), new Coefficients(0.1252, -2.613, 11.9963, 80.4769),
            new Key(IeClass.IE3, 8), new Coefficients(0.7189, -5.1678, 15.705, 77.074),
            new Key(IeClass.IE4, 2), new Coefficients(0.34, -3.0479, 10.293, 84.8208),
            new Key(IeClass.IE4, 4), new Coefficients(0.2412, -2.3608, 8.446, 86.8321),
            new Key(IeClass.IE4, 6), new Coefficients(0.3598, -3.2107, 10.7933, 84.107),
            new Key(IeClass.IE4, 8), new Coefficients(0.6556, -4.7229, 13.977, 80.247));

    private IeFormula() {
    }

    /**
     * @param ratedPowerW rated output power P_N, W
     * @param poles       number of poles
     * @param frequencyHz rated supply frequency, Hz
     */
    public static MinimumEfficiency minimumEfficiency(IeClass ieClass, double ratedPowerW, int poles,
                                                      double frequencyHz) {
        Coefficients k = COEFFICIENTS.get(new Key(ieClass, poles));
        if (k == null) {
            return new MinimumEfficiency.NotCovered(ieClass, "the formula has no coefficients for "
                    + ieClass + " with " + poles + " poles (only IE3 and IE4, 2/4/6/8 poles)");
        }
        if (frequencyHz != FREQUENCY_HZ) {
            return new MinimumEfficiency.NotCovered(ieClass, "the formula applies to 50 Hz ratings only, not "
                    + frequencyHz + " Hz");
        }
        double kw = ratedPowerW / 1000.0;
        if (!(kw >= MIN_POWER_KW && kw <= MAX_POWER_KW)) {
            return new MinimumEfficiency.NotCovered(ieClass, "rated power " + kw
                    + " kW is outside the formula range 0.75 kW to 200 kW");
        }
        double percent = k.at(Math.log10(kw));
        return new MinimumEfficiency.Covered(ieClass, Math.round(percent * 10.0) / 10.0,
                MinimumEfficiency.Source.FORMULA);
    }
}
