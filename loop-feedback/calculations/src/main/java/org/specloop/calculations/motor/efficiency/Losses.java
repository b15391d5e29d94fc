package org.specloop.calculations.motor.efficiency;

import static org.specloop.calculations.motor.Checks.nonNegative;

/**
 * The separated losses of IEC 60034-2-1 summation of losses, each in W. A negative loss
 * would mean energy created inside the machine, so it is refused rather than netted off.
 */
public record Losses(double statorI2rW, double rotorI2rW, double ironW,
                     double frictionWindageW, double strayLoadW) {

    public Losses {
        nonNegative("stator I2R loss", statorI2rW, "W");
        nonNegative("rotor I2R loss", rotorI2rW, "W");
        nonNegative("iron loss", ironW, "W");
        nonNegative("friction and windage loss", frictionWindageW, "W");
        nonNegative("stray-load loss", strayLoadW, "W");
    }

    public double totalW() {
        return statorI2rW + rotorI2rW + ironW + frictionWindageW + strayLoadW;
    }
}
