package org.specloop.command.lot.http;

import org.specloop.command.lot.input.MeasurementRequest;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * POST /api/lots/{id}/measurements/batch: either a bare JSON array of measurement bodies or
 * {"measurements": [...]}; each body is the one the single measurement endpoint takes.
 */
record MeasurementBatchRequest(List<MeasurementRequest> measurements) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    MeasurementBatchRequest(@JsonProperty("measurements") List<MeasurementRequest> measurements) {
        this.measurements = measurements;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static MeasurementBatchRequest of(List<MeasurementRequest> measurements) {
        return new MeasurementBatchRequest(measurements);
    }
}
