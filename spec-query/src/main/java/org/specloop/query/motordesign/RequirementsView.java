package org.specloop.query.motordesign;

import org.specloop.contracts.motordesign.MotorRequirements;

/**
 * One version's requirements as a reader sees them: Ke and the hot test temperature as quantities in
 * their stored unit (V*s/rad, degC), and the temperature-rise limit the thermal class implies.
 */
public record RequirementsView(String specificationId, String ieClass, Double minEfficiencyPercent,
                               String efficiencyPointId, QuantityView keMin, QuantityView keMax,
                               Double maxDemagnetizationLossPercent, QuantityView hotTestTemperature,
                               String thermalClass, QuantityView maxTemperatureRise, String vibrationGrade,
                               double confidence) {
    static final String KE_UNIT = "V*s/rad";

    static RequirementsView of(MotorRequirements r) {
        return new RequirementsView(r.specificationId(), r.ieClass(), r.minEfficiencyPercent(), r.efficiencyPointId(),
                QuantityView.of(r.keMinVsPerRad(), KE_UNIT), QuantityView.of(r.keMaxVsPerRad(), KE_UNIT),
                r.maxDemagnetizationLossPercent(), QuantityView.of(r.hotTestTemperatureC(), "degC"),
                r.thermalClass() == null ? null : r.thermalClass().label(),
                QuantityView.of(r.maxTemperatureRiseK(), "K"),
                r.vibrationGrade() == null ? null : r.vibrationGrade().name(), r.confidence());
    }
}
