package org.specloop.contracts.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An element's declared content, e.g. {"element":"Dy","value":4.1,"unit":"wt%"}; no unit means wt%. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompositionValue(String element, double value, String unit) {
}
