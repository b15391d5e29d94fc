package org.specloop.calculations.motor;

/**
 * Argument guards shared by the motor calculations, so that every refusal names the
 * quantity, its value and its unit in the same words.
 */
public final class Checks {

    private Checks() {
    }

    public static double finite(String name, double value, String unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number of " + unit
                    + ", was " + value);
        }
        return value;
    }

    public static double nonNegative(String name, double value, String unit) {
        finite(name, value, unit);
        if (value < 0.0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value + " " + unit);
        }
        return value;
    }

    public static double positive(String name, double value, String unit) {
        finite(name, value, unit);
        if (value <= 0.0) {
            throw new IllegalArgumentException(name + " must be greater than zero, was " + value + " " + unit);
        }
        return value;
    }

    /** NaN is the "not measured" marker on rig samples; anything else must be finite. */
    public static double finiteOrNotMeasured(String name, double value, String unit) {
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite or NaN (not measured), was "
                    + value + " " + unit);
        }
        return value;
    }
}
