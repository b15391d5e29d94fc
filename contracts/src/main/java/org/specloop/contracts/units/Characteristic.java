package org.specloop.contracts.units;

import java.util.HashMap;
import java.util.Map;
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
        return Optional.ofNullable(ByKey.KEYS.get(normalise(text)));
    }

    /** Every accepted spelling, normalised once: parse runs for every measurement a lab sends. */
    private static final class ByKey {
        static final Map<String, Characteristic> KEYS = keys();

        private static Map<String, Characteristic> keys() {
            Map<String, Characteristic> keys = new HashMap<>();
            // in declaration order, the first characteristic wins a spelling two could share, as before
            for (Characteristic c : values()) {
                keys.putIfAbsent(normalise(c.name()), c);
                keys.putIfAbsent(normalise(c.symbol), c);
            }
            return Map.copyOf(keys);
        }
    }

    /** Letters and digits only, lower case: "BH_max", "(BH)max" and "BHmax" are one key. */
    static String normalise(String s) {
        StringBuilder key = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
