package org.specloop.contracts.lot;

import java.time.Instant;
import java.util.List;

/** An IEC 60404 measurement of one sample at one temperature. */
public record RecordMeasurement(String lotId, String measurementId, String sampleId, double testTemperatureC, String lab, String instrument, MeasurementMethod method, List<PropertyValue> values, Instant measuredAt) {
}
