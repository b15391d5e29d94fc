package org.specloop.command.sourcing;

import java.util.OptionalDouble;

/**
 * Evidence types of requalification plan items that SpecLoop matches automatically; any other type
 * (a composition certificate, an audit report) is recorded by a person.
 * Measurement items carry their test temperature in the type, e.g. "MEASUREMENT@150degC".
 */
final class EvidenceType {
    public static final String MEASUREMENT = "MEASUREMENT";
    public static final String MOTOR_TEST = "MOTOR_TEST";
    public static final String DEMAG_TEST = "DEMAG_TEST";

    private EvidenceType() {
    }

    public static String measurementAt(double temperatureC) {
        return MEASUREMENT + "@" + Math.round(temperatureC) + "degC";
    }

    /** The temperature of a measurement item, empty for any other type. */
    public static OptionalDouble measurementTemperature(String evidenceType) {
        if (evidenceType == null || !evidenceType.startsWith(MEASUREMENT + "@") || !evidenceType.endsWith("degC")) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(
                    evidenceType.substring(MEASUREMENT.length() + 1, evidenceType.length() - "degC".length())));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
