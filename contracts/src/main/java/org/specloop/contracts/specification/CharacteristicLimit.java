package org.specloop.contracts.specification;

import org.specloop.contracts.units.Characteristic;

/**
 * One specified magnet characteristic, limits in the characteristic's canonical unit at a
 * test temperature; min or max may be absent for a one-sided limit.
 */
public record CharacteristicLimit(Characteristic characteristic, Double min, Double max, Double target,
                                  double testTemperatureC, String standardReference) {

    public String unit() {
        return characteristic.unit();
    }

    /** Two limits describe the same requirement when they name the same property at the same temperature. */
    public boolean sameRequirementAs(CharacteristicLimit other) {
        return characteristic == other.characteristic
                && Math.abs(testTemperatureC - other.testTemperatureC) < 0.5;
    }

    public boolean accepts(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    public String key() {
        return characteristic.name() + "@" + Math.round(testTemperatureC) + "degC";
    }
}
