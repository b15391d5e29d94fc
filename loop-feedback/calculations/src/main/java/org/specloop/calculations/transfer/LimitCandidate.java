package org.specloop.calculations.transfer;

/**
 * A derived magnet limit set against the spec: limitKey names the limit (e.g. "BR@20degC:MIN"),
 * effective is the spec's current value on that side (null when the spec has none there).
 */
public record LimitCandidate(String limitKey, double proposed, Double effective, double deadBand) {

    /** How many dead bands the derived limit lies from the effective one; infinite when the spec has none. */
    public double departure() {
        return effective == null ? Double.POSITIVE_INFINITY : Math.abs(proposed - effective) / deadBand;
    }

    public boolean differs() {
        return departure() > 1.0;
    }
}
