package org.specloop.contracts.qualification;

/** One measured value of a characteristic on one sample of a lot, in the characteristic's canonical unit. */
public record SampleResult(String lotId, String sampleId, double testTemperatureC, double value, boolean conforming) {
}
