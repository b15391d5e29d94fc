package org.specloop.contracts.units;

/** A physical dimension with the canonical (stored) unit SpecLoop keeps values in. */
public enum Dimension {
    MAGNETIC_FLUX_DENSITY("T"),
    MAGNETIC_FIELD_STRENGTH("kA/m"),
    ENERGY_DENSITY("kJ/m3"),
    TEMPERATURE("degC"),
    TEMPERATURE_COEFFICIENT("%/K"),
    DENSITY("g/cm3"),
    PERCENT("%"),
    RATIO("1"),
    POWER("W"),
    TORQUE("N*m"),
    ROTATIONAL_SPEED("rpm"),
    VOLTAGE("V"),
    CURRENT("A"),
    VELOCITY("mm/s"),
    MASS_FRACTION("wt%"),
    /** A motor's back-EMF constant Ke: line-to-line RMS voltage per mechanical angular speed. */
    BACK_EMF_CONSTANT("V*s/rad");

    private final String canonicalUnit;

    Dimension(String canonicalUnit) {
        this.canonicalUnit = canonicalUnit;
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }
}
