package org.specloop.calculations.spc;

/** A detected pattern: which rule fired and the index of the point that completed it. */
public record Signal(String rule, int index) {
}
