package org.specloop.contracts.ingest;

import org.specloop.contracts.lot.MeasurementMethod;

import java.time.Instant;
import java.util.List;

/**
 * An IEC 60404 measurement of one sample at one temperature, on topic specloop.lab.measurements
 * (key: lotId) or POSTed as NDJSON. Mirrors RecordMeasurement, but values still carry the unit
 * the lab used (kOe, MGOe, kG ...): labs send what their hysteresisgraph prints.
 */
public record LabMeasurementMessage(String messageId, String lotId, String measurementId, String sampleId,
                                    TemperatureValue testTemperature, String lab, String instrument,
                                    MeasurementMethod method, List<CharacteristicValue> values, Instant measuredAt) {

    public LabMeasurementMessage {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
