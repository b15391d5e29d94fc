package org.specloop.calculations.spc;

/** Center line and control limits of one chart. */
public record ControlLimits(double lower, double center, double upper) {

    public boolean isOutside(double value) {
        return value < lower || value > upper;
    }
}
