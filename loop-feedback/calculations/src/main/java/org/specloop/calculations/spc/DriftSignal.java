package org.specloop.calculations.spc;

/** First sign of drift for one source and characteristic; index is into the new values. */
public record DriftSignal(String source, String characteristic, String rule, int index, double value) {
}
