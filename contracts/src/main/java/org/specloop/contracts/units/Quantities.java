package org.specloop.contracts.units;

/**
 * Converts a value given in any accepted unit into the canonical unit of the expected dimension,
 * refusing what cannot be trusted: an unknown unit, a unit of another dimension, NaN or infinity.
 */
public final class Quantities {

    private Quantities() {
    }

    public static double toCanonical(double value, String unitSymbol, Dimension expected) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidQuantityException("value must be a finite number, got " + value);
        }
        if (unitSymbol == null || unitSymbol.isBlank()) {
            return value;
        }
        Unit unit = Unit.fromSymbol(unitSymbol).orElseThrow(() -> new InvalidQuantityException(
                "unknown unit '" + unitSymbol + "'; accepted for " + expected.name().toLowerCase().replace('_', ' ')
                        + ": " + String.join(", ", Unit.symbolsOf(expected))));
        if (unit.dimension() != expected) {
            throw new InvalidQuantityException("unit '" + unitSymbol + "' measures "
                    + unit.dimension().name().toLowerCase().replace('_', ' ') + ", expected "
                    + expected.name().toLowerCase().replace('_', ' ') + " (" + String.join(", ", Unit.symbolsOf(expected)) + ")");
        }
        return unit.toCanonical(value);
    }

    /** Test temperatures outside -60..400 degC are refused: no IEC 60404 rig measures there. */
    public static double temperatureCelsius(double value, String unitSymbol) {
        double celsius = toCanonical(value, unitSymbol == null || unitSymbol.isBlank() ? "degC" : unitSymbol,
                Dimension.TEMPERATURE);
        if (celsius < -60.0 || celsius > 400.0) {
            throw new InvalidQuantityException(String.format(java.util.Locale.ROOT,
                    "temperature %.2f degC is outside the plausible range -60..400 degC", celsius));
        }
        return celsius;
    }

    /**
     * Ke in V*s/rad from V*s/rad or V/krpm. The unit is required: the two differ by a factor of about 105,
     * so a bare number could be either and would make the loop derive absurd magnet limits.
     */
    public static double backEmfConstantVsPerRad(double value, String unitSymbol) {
        if (unitSymbol == null || unitSymbol.isBlank()) {
            throw new InvalidQuantityException("Ke needs a unit: " + String.join(", ",
                    Unit.symbolsOf(Dimension.BACK_EMF_CONSTANT)));
        }
        double vsPerRad = toCanonical(value, unitSymbol, Dimension.BACK_EMF_CONSTANT);
        if (!(vsPerRad > 0)) {
            throw new InvalidQuantityException("Ke must be positive, got " + value + " " + unitSymbol);
        }
        return vsPerRad;
    }
}
