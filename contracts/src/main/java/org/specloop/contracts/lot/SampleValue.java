package org.specloop.contracts.lot;

/** One sample's value of one characteristic. */
public record SampleValue(String sampleId, double value) {
}
