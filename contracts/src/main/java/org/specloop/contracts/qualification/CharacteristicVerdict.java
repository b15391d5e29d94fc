package org.specloop.contracts.qualification;

/** One characteristic of a first article: every result within the limits, one outside, or none measured. */
public enum CharacteristicVerdict {
    ACCEPTED,
    REJECTED,
    MISSING
}
