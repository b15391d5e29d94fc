package org.specloop.contracts.units;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Magnet properties measured per IEC 60404-5 / -18 and specified per IEC 60404-8-1, with the
 * canonical unit and the range outside which a value is physically absurd for a permanent magnet.
 * The bounds are deliberately wide: they catch unit mix-ups and typos, not grade nonconformance.
 */
public enum Characteristic {
    BR("Br", "remanence", Dimension.MAGNETIC_FLUX_DENSITY, 0.0, 2.0),
    HCB("HcB", "coercivity (B)", Dimension.MAGNETIC_FIELD_STRENGTH, 0.0, 3000.0),
    HCJ("HcJ", "intrinsic coercivity", Dimension.MAGNETIC_FIELD_STRENGTH, 0.0, 5000.0),
    BH_MAX("(BH)max", "maximum energy product", Dimension.ENERGY_DENSITY, 0.0, 600.0),
    HK("Hk", "knee field", Dimension.MAGNETIC_FIELD_STRENGTH, 0.0, 5000.0),
    SQUARENESS("Hk/HcJ", "squareness", Dimension.RATIO, 0.0, 1.2),
    RECOIL_PERMEABILITY("mu_rec", "recoil permeability", Dimension.RATIO, 0.9, 1.5),
    ALPHA_BR("alpha(Br)", "reversible temperature coefficient of Br", Dimension.TEMPERATURE_COEFFICIENT, -1.0, 0.5),
    BETA_HCJ("beta(HcJ)", "reversible temperature coefficient of HcJ", Dimension.TEMPERATURE_COEFFICIENT, -2.0, 0.5),
    DENSITY("density", "density", Dimension.DENSITY, 1.0, 10.0),
    IRREVERSIBLE_FLUX_LOSS("flux loss", "irreversible flux loss", Dimension.PERCENT, 0.0, 100.0);

    private final String symbol;
    private final String meaning;
    private final Dimension dimension;
    private final double plausibleMin;
    private final double plausibleMax;

    Characteristic(String symbol, String meaning, Dimension dimension, double plausibleMin, double plausibleMax) {
        this.symbol = symbol;
        this.meaning = meaning;
        this.dimension = dimension;
        this.plausibleMin = plausibleMin;
        this.plausibleMax = plausibleMax;
    }

    public String symbol() {
        return symbol;
    }

    public String meaning() {
        return meaning;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String unit() {
        return dimension.canonicalUnit();
    }

    /** Converts a value in any accepted unit to the canonical unit and refuses what is physically absurd. */
    public double toCanonical(double value, String unitSymbol) {
        double canonical = Quantities.toCanonical(value, unitSymbol, dimension);
        if (canonical < plausibleMin || canonical > plausibleMax) {
            throw new InvalidQuantityException(String.format(Locale.ROOT,
                    "%s %s %s is outside the physically plausible range %s..%s %s", symbol,
                    trim(canonical), unit(), trim(plausibleMin), trim(plausibleMax), unit()));
        }
        return canonical;
    }

    /** Accepts the enum name (BR), the symbol (Br) or the symbol without punctuation (BHmax). */
    public static Optional<Characteristic> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalise(text);
        return Arrays.stream(values())
                .filter(c -> normalise(c.name()).equals(key) || normalise(c.symbol).equals(key))
                .findFirst();
    }

    private static String normalise(String s) {
        return s.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
