package org.specloop.contracts.lot;

/** What may be done with a lot. */
public enum Disposition {
    AWAITING_EVALUATION,
    RELEASED,
    HELD,
    REJECTED
}
