package org.specloop.contracts.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A magnet property as sent, e.g. {"characteristic":"HcJ","value":19.5,"unit":"kOe"}. The
 * characteristic is a name or symbol that Characteristic.parse accepts; no unit means the
 * canonical SI unit. Conversion and the plausibility check happen at the edge, not here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CharacteristicValue(String characteristic, double value, String unit) {
}
