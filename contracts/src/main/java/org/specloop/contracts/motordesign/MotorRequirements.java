package org.specloop.contracts.motordesign;

import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;

/**
 * What a motor design must achieve on the rig, and which magnet spec its rotor uses. Any
 * requirement may be absent (null). Units are SI as everywhere: Ke in V*s/rad, rise in K,
 * efficiency and demagnetization loss in %. {@code efficiencyPointId} names the rig operating
 * point where minEfficiencyPercent (or the IE class) applies; {@code confidence} is the one-sided
 * confidence at which the loop turns these requirements into magnet limits.
 */
public record MotorRequirements(String specificationId, String ieClass, Double minEfficiencyPercent,
                                String efficiencyPointId, Double keMinVsPerRad, Double keMaxVsPerRad,
                                Double maxDemagnetizationLossPercent, double hotTestTemperatureC,
                                ThermalClass thermalClass, VibrationGrade vibrationGrade, double confidence) {

    /** The temperature-rise limit of the thermal class (IEC 60034-1), or null when no class is set. */
    public Double maxTemperatureRiseK() {
        return thermalClass == null ? null : thermalClass.riseLimitK();
    }
}
