package org.specloop.query.motordesign;

/** A value with the unit it is stored in, as every quantity is shown. */
public record QuantityView(double value, String unit) {

    static QuantityView of(Double value, String unit) {
        return value == null || value.isNaN() ? null : new QuantityView(value, unit);
    }
}
