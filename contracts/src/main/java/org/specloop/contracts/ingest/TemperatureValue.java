package org.specloop.contracts.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A temperature as sent, e.g. {"value":150,"unit":"degC"}; no unit means degC. Converted at the edge. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemperatureValue(double value, String unit) {
}
