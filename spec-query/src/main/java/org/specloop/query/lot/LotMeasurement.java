package org.specloop.query.lot;

import org.specloop.readside.shared.CsvRowPerItem;

import java.time.Instant;
import java.util.List;

/**
 * A lab measurement of one sample at one temperature, with every property it measured. As CSV it is
 * one row per measured value, the values' columns after the measurement's own.
 */
public record LotMeasurement(String measurementId, String sampleId, double testTemperatureC, String lab,
                             String instrument, String method, Instant measuredAt,
                             @CsvRowPerItem List<MeasuredValue> values) {
}
