package org.specloop.command.sourcing.firstarticle;

import org.specloop.contracts.lot.PropertyValue;

import java.util.List;

/**
 * One measurement of a first-article sample as recorded: lot, sample, temperature, values in canonical units,
 * and the tooling it was measured with (lab, instrument, method), which Form 3 names per characteristic.
 */
public record MeasuredSample(String lotId, String sampleId, double testTemperatureC, List<PropertyValue> values,
                             String tooling) {

    public MeasuredSample {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
