package org.specloop.calculations.transfer;

/** Whether the evidence yields a derived limit, and if not, why not. */
public enum TransferStatus {
    /** Fewer motors than the configured minimum: nothing is fitted or proposed. */
    INSUFFICIENT_DATA,
    /** All motors have the same magnet property, so no slope can be estimated. */
    NO_SPREAD,
    /** The slope is not distinguishable from zero at the confidence: the data show no relation. */
    NOT_SIGNIFICANT,
    /** No magnet value in the evidenced range meets the requirement at the confidence. */
    NO_SOLUTION,
    /** The requirement holds at the edge of the evidenced range; the true limit lies beyond the data. */
    BEYOND_EVIDENCE,
    DERIVED
}
