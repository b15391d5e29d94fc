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
}
