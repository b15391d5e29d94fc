package org.specloop.contracts.units;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Every unit SpecLoop accepts at its edges, with the conversion into the canonical unit of
 * its dimension. Factors follow domain.md: 1 kOe = 79.577 kA/m, 1 MGOe = 7.958 kJ/m3, 1 kG = 0.1 T.
 */
public enum Unit {
    TESLA(Dimension.MAGNETIC_FLUX_DENSITY, v -> v, "T"),
    MILLITESLA(Dimension.MAGNETIC_FLUX_DENSITY, v -> v / 1000.0, "mT"),
    KILOGAUSS(Dimension.MAGNETIC_FLUX_DENSITY, v -> v * 0.1, "kG", "kGs"),
    GAUSS(Dimension.MAGNETIC_FLUX_DENSITY, v -> v * 1.0e-4, "G", "Gs"),

    KILOAMPERE_PER_METRE(Dimension.MAGNETIC_FIELD_STRENGTH, v -> v, "kA/m"),
    AMPERE_PER_METRE(Dimension.MAGNETIC_FIELD_STRENGTH, v -> v / 1000.0, "A/m"),
    MEGAAMPERE_PER_METRE(Dimension.MAGNETIC_FIELD_STRENGTH, v -> v * 1000.0, "MA/m"),
    KILOOERSTED(Dimension.MAGNETIC_FIELD_STRENGTH, v -> v * 79.577, "kOe"),
    OERSTED(Dimension.MAGNETIC_FIELD_STRENGTH, v -> v * 0.079577, "Oe"),

    KILOJOULE_PER_CUBIC_METRE(Dimension.ENERGY_DENSITY, v -> v, "kJ/m3", "kJ/m^3"),
    MEGAGAUSS_OERSTED(Dimension.ENERGY_DENSITY, v -> v * 7.958, "MGOe"),

    DEGREE_CELSIUS(Dimension.TEMPERATURE, v -> v, "degC", "°C", "C"),
    DEGREE_FAHRENHEIT(Dimension.TEMPERATURE, v -> (v - 32.0) * 5.0 / 9.0, "degF", "°F", "F"),
    KELVIN(Dimension.TEMPERATURE, v -> v - 273.15, "K"),

    PERCENT_PER_KELVIN(Dimension.TEMPERATURE_COEFFICIENT, v -> v, "%/K", "%/degC", "%/°C"),

    GRAM_PER_CUBIC_CENTIMETRE(Dimension.DENSITY, v -> v, "g/cm3", "g/cm^3"),
    KILOGRAM_PER_CUBIC_METRE(Dimension.DENSITY, v -> v / 1000.0, "kg/m3", "kg/m^3"),

    PERCENT(Dimension.PERCENT, v -> v, "%"),
    RATIO(Dimension.RATIO, v -> v, "1", "ratio", "-"),

    WATT(Dimension.POWER, v -> v, "W"),
    KILOWATT(Dimension.POWER, v -> v * 1000.0, "kW"),
    NEWTON_METRE(Dimension.TORQUE, v -> v, "N*m", "Nm", "N.m"),
    REVOLUTIONS_PER_MINUTE(Dimension.ROTATIONAL_SPEED, v -> v, "rpm", "1/min"),
    VOLT(Dimension.VOLTAGE, v -> v, "V"),
    AMPERE(Dimension.CURRENT, v -> v, "A"),
    MILLIMETRE_PER_SECOND(Dimension.VELOCITY, v -> v, "mm/s"),
    WEIGHT_PERCENT(Dimension.MASS_FRACTION, v -> v, "wt%", "wt.%"),

    VOLT_SECOND_PER_RADIAN(Dimension.BACK_EMF_CONSTANT, v -> v, "V*s/rad", "Vs/rad", "V.s/rad", "V·s/rad"),
    /** Volts per 1000 rpm, the motor makers' form: 1000 rpm is 1000 * 2 pi / 60 rad/s, same voltage definition. */
    VOLT_PER_KILO_RPM(Dimension.BACK_EMF_CONSTANT, v -> v * 60.0 / (2.0 * Math.PI * 1000.0), "V/krpm", "V/1000rpm");

    private final Dimension dimension;
    private final DoubleUnaryOperator toCanonical;
    private final List<String> symbols;

    Unit(Dimension dimension, DoubleUnaryOperator toCanonical, String... symbols) {
        this.dimension = dimension;
        this.toCanonical = toCanonical;
        this.symbols = List.of(symbols);
    }

    public Dimension dimension() {
        return dimension;
    }

    public String symbol() {
        return symbols.get(0);
    }

    public double toCanonical(double value) {
        return toCanonical.applyAsDouble(value);
    }

    /** Symbols are matched exactly first, then case-insensitively, because "mT" and "MT" differ in principle. */
    public static Optional<Unit> fromSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String trimmed = symbol.trim();
        Optional<Unit> exact = Arrays.stream(values()).filter(u -> u.symbols.contains(trimmed)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(u -> u.symbols.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(lower)))
                .findFirst();
    }

    public static List<String> symbolsOf(Dimension dimension) {
        return Arrays.stream(values()).filter(u -> u.dimension == dimension).flatMap(u -> u.symbols.stream()).toList();
    }
}
