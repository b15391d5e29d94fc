package org.specloop.contracts.rig;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * IEC 60034-1 insulation thermal class with its temperature-rise limit at 40 degC coolant.
 * Written as on rating plates, "155(F)"; rigs may also send "F" or "155".
 */
public enum ThermalClass {
    B(130, 80.0),
    F(155, 105.0),
    H(180, 125.0);

    /** Coolant (ambient) temperature the rise limits hold for, degC. */
    public static final double REFERENCE_COOLANT_C = 40.0;

    private final int classTemperatureC;
    private final double riseLimitK;

    ThermalClass(int classTemperatureC, double riseLimitK) {
        this.classTemperatureC = classTemperatureC;
        this.riseLimitK = riseLimitK;
    }

    public int classTemperatureC() {
        return classTemperatureC;
    }

    public double riseLimitK() {
        return riseLimitK;
    }

    @JsonValue
    public String label() {
        return classTemperatureC + "(" + name() + ")";
    }

    @Override
    public String toString() {
        return label();
    }

    /** Accepts the letter ("F"), the number ("155") or both ("155(F)"). */
    @JsonCreator
    public static ThermalClass parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        return Arrays.stream(values())
                .filter(c -> key.equals(c.name()) || key.equals(c.label()) || key.equals(String.valueOf(c.classTemperatureC)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown thermal class '" + text + "'; expected one of 130(B), 155(F), 180(H)"));
    }
}
