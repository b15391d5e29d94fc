package org.specloop.contracts.specification;

/** Allowed content of an element (Dy, Tb, Nd+Pr, Co, Cu, Ga, B ...) in weight percent. */
public record CompositionRange(String element, Double minWeightPercent, Double maxWeightPercent) {
}
