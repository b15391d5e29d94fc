package org.specloop.loop.motor.thermal;

/**
 * Insulation thermal classes of IEC 60034-1 with their winding temperature-rise limits,
 * which hold for a coolant (ambient) temperature of 40 degC.
 */
public enum ThermalClass {
    B(130, 80.0),
    F(155, 105.0),
    H(180, 125.0);

    /** Coolant temperature the rise limits refer to, degC. */
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

    /** Accepts the letter ("F"), the number ("155") or both ("155(F)"). */
    public static ThermalClass fromDesignation(String designation) {
        String d = designation.strip().toUpperCase().replace(" ", "");
        for (ThermalClass c : values()) {
            String n = Integer.toString(c.classTemperatureC);
            if (d.equals(c.name()) || d.equals(n) || d.equals(n + "(" + c.name() + ")")) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown thermal class '" + designation + "', expected one of 130(B), 155(F), 180(H)");
    }

    @Override
    public String toString() {
        return classTemperatureC + "(" + name() + ")";
    }
}
