package org.specloop.calculations.transfer;

/** Which spec limit of the magnet characteristic a derivation gives. */
public enum LimitSide {
    MIN,
    MAX
}
