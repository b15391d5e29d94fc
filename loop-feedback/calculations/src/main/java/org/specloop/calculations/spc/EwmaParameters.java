package org.specloop.calculations.spc;

/** EWMA weight lambda in (0, 1] and limit width L in sigma units of the EWMA statistic. */
public record EwmaParameters(double lambda, double width) {

    public EwmaParameters {
        if (!(lambda > 0.0 && lambda <= 1.0) || !(width > 0.0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("EWMA needs 0 < lambda <= 1 and L > 0, got lambda="
                    + lambda + ", L=" + width);
        }
    }
}
