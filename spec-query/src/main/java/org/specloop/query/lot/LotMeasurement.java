package org.specloop.query.lot;

import java.time.Instant;
import java.util.List;

/** A lab measurement of one sample at one temperature, with every property it measured. */
public record LotMeasurement(String measurementId, String sampleId, double testTemperatureC, String lab,
                             String instrument, String method, Instant measuredAt, List<MeasuredValue> values) {
}
