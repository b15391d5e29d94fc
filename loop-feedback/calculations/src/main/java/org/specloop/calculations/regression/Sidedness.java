package org.specloop.calculations.regression;

/** Which bounds an interval has. */
public enum Sidedness {
    TWO_SIDED,
    /** Lower bound only; the upper end is +infinity. */
    LOWER,
    /** Upper bound only; the lower end is -infinity. */
    UPPER
}
