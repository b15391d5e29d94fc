package org.specloop.contracts.lot;

/** Outcome of checking one characteristic, or a whole lot. */
public enum Verdict {
    PASS,
    FAIL,
    NOT_MEASURED
}
