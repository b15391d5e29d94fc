package org.specloop.command.motordesign.http;

import org.specloop.command.kernel.QuantityInput;

/** Request bodies of the motor design API; numbers are SI unless a QuantityInput names a unit. */
final class MotorDesignRequests {
    private MotorDesignRequests() {
    }

    record Define(String designId, String name, Requirements requirements) {
    }

    record Revise(Requirements requirements, String reason) {
    }

    /** Ke in V*s/rad, efficiency and demagnetization loss in %, thermalClass "155(F)" or "F". */
    record Requirements(String specificationId, String ieClass, Double minEfficiencyPercent,
                               String efficiencyPointId, Double keMinVsPerRad, Double keMaxVsPerRad,
                               Double maxDemagnetizationLossPercent, QuantityInput hotTestTemperature,
                               String thermalClass, String vibrationGrade, Double confidence) {
    }
}
