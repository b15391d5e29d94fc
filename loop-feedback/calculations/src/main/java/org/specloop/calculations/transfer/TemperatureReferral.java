package org.specloop.calculations.transfer;

import org.specloop.contracts.units.Characteristic;

/**
 * Moves a magnet property from one test temperature to another with its reversible temperature
 * coefficient, as magnet data sheets state it relative to 20 degC:
 *
 * <pre>  X(T) = X(20) * (1 + c/100 * (T - 20)),  so  X(to) = X(from) * (1 + c/100 * (to - 20)) / (1 + c/100 * (from - 20))</pre>
 *
 * with c = alpha(Br) for Br and beta(HcJ) for HcJ, in %/K. A limit derived at the rig's hot test
 * temperature is moved this way onto the spec's existing line for the characteristic (usually 20 degC),
 * instead of adding a second line for it.
 */
public final class TemperatureReferral {
    /** alpha(Br) of sintered NdFeB when the spec states none, %/K (domain.md: about -0.12). */
    public static final double TYPICAL_ALPHA_BR = -0.12;
    /** beta(HcJ) of sintered NdFeB when the spec states none, %/K (domain.md: -0.45 to -0.76 by series). */
    public static final double TYPICAL_BETA_HCJ = -0.55;

    private TemperatureReferral() {
    }

    /** The coefficient that governs the characteristic, or null when none does (it is not temperature-referred). */
    public static Characteristic coefficientOf(Characteristic characteristic) {
        return switch (characteristic) {
            case BR -> Characteristic.ALPHA_BR;
            case HCJ -> Characteristic.BETA_HCJ;
            default -> null;
        };
    }

    public static double typicalCoefficient(Characteristic characteristic) {
        return switch (characteristic) {
            case BR -> TYPICAL_ALPHA_BR;
            case HCJ -> TYPICAL_BETA_HCJ;
            default -> throw new IllegalArgumentException(characteristic + " has no reversible temperature coefficient");
        };
    }

    public static double move(double value, double fromC, double toC, double coefficientPercentPerK) {
        double from = factor(fromC, coefficientPercentPerK);
        double to = factor(toC, coefficientPercentPerK);
        if (!(from > 0) || !(to > 0)) {
            throw new IllegalArgumentException("coefficient " + coefficientPercentPerK + " %/K takes the property to zero"
                    + " between " + fromC + " and " + toC + " degC");
        }
        return value * to / from;
    }

    private static double factor(double temperatureC, double coefficientPercentPerK) {
        return 1.0 + coefficientPercentPerK / 100.0 * (temperatureC - 20.0);
    }
}
