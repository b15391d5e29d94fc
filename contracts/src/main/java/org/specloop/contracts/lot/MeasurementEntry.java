package org.specloop.contracts.lot;

import java.time.Instant;
import java.util.List;

/** One measurement of a batch: a RecordMeasurement without the lot, which the batch names once. */
public record MeasurementEntry(String measurementId, String sampleId, double testTemperatureC, String lab, String instrument, MeasurementMethod method, List<PropertyValue> values, Instant measuredAt) {
}
