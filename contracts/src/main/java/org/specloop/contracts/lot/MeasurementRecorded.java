package org.specloop.contracts.lot;

import java.time.Instant;
import java.util.List;
import org.specloop.contracts.common.EventVersion;

@EventVersion("2")
public record MeasurementRecorded(String lotId, String partNumber, String measurementId, String sampleId, double testTemperatureC, String lab, String instrument, MeasurementMethod method, List<PropertyValue> values, Instant measuredAt) {
}
