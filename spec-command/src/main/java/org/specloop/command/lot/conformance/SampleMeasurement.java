package org.specloop.command.lot.conformance;

import java.util.List;
import org.specloop.contracts.lot.PropertyValue;

/** One sample measured at one temperature, values in canonical units, as the evaluation needs it. */
public record SampleMeasurement(String sampleId, double testTemperatureC, List<PropertyValue> values) {

    public SampleMeasurement {
        values = List.copyOf(values);
    }
}
