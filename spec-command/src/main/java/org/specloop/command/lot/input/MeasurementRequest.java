package org.specloop.command.lot.input;

import java.time.Instant;
import java.util.List;

/** POST /api/lots/{id}/measurements: one sample at one temperature, values in any accepted unit. */
public record MeasurementRequest(String measurementId, String sampleId, Quantity testTemperature, String lab,
                                 String instrument, String method, List<Value> values, Instant measuredAt) {

    public record Quantity(Double value, String unit) {
    }

    public record Value(String characteristic, Double value, String unit) {
    }
}
