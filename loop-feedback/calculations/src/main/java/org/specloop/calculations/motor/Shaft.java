package org.specloop.calculations.motor;

/** Mechanical shaft quantities from rig units (rpm) to SI. */
public final class Shaft {

    private Shaft() {
    }

    /** Mechanical angular speed omega = 2 pi n / 60, in rad/s. */
    public static double angularSpeedRadPerS(double speedRpm) {
        return 2.0 * Math.PI * speedRpm / 60.0;
    }

    /** Shaft output power P = T * omega, in W. */
    public static double powerW(double torqueNm, double speedRpm) {
        return torqueNm * angularSpeedRadPerS(speedRpm);
    }
}
