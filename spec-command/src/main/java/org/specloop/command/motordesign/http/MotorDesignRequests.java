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

    /**
     * keMin and keMax are quantities in V*s/rad or V/krpm (stored in V*s/rad); keMinVsPerRad and keMaxVsPerRad,
     * bare numbers in V*s/rad, are the older form, still read. Efficiency and demagnetization loss in %,
     * thermalClass "155(F)" or "F".
     */
    record Requirements(String specificationId, String ieClass, Double minEfficiencyPercent,
                        String efficiencyPointId, QuantityInput keMin, QuantityInput keMax, Double keMinVsPerRad,
                        Double keMaxVsPerRad, Double maxDemagnetizationLossPercent, QuantityInput hotTestTemperature,
                        String thermalClass, String vibrationGrade, Double confidence) {
    }
}
