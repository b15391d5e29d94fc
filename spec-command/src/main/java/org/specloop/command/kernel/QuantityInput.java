package org.specloop.command.kernel;

/** A value as the client sends it, e.g. {"value": 12, "unit": "kOe"}; without a unit it is taken as canonical. */
public record QuantityInput(Double value, String unit) {
}
