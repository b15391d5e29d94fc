package org.specloop.contracts.rig;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One sample of a run at one operating point, on topic specloop.rig.samples (key: runId).
 * The rig numbers samples per run; (runId, sequence) is the dedup key and the order of record,
 * because Kafka redelivers and HTTP batches get retried.
 * Electrical input comes either as measured power (power analyser) or as three-phase rms line
 * voltages, currents in the supply lines (the phase currents of a star-connected winding) and power
 * factor; open-circuit Ke points carry a back-EMF reading instead.
 * Absent channels are null and left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RigSample(String messageId, String runId, String pointId, long sequence, Instant time,
                        double speedRpm, double torqueNm,
                        Double inputPowerW, List<Double> lineVoltagesV, List<Double> phaseCurrentsA, Double powerFactor,
                        Double windingTemperatureC, Double coolantTemperatureC, Double magnetTemperatureC,
                        Double vibrationVelocityMmS, Double backEmfLineVoltageRmsV) {

    public RigSample {
        lineVoltagesV = lineVoltagesV == null ? null : List.copyOf(lineVoltagesV);
        phaseCurrentsA = phaseCurrentsA == null ? null : List.copyOf(phaseCurrentsA);
    }

    /** P = sqrt(3) * U_line * I_line * cos(phi) on the three-phase means: exact only for a balanced supply. */
    public OptionalDouble electricalInputW() {
        if (inputPowerW != null) {
            return OptionalDouble.of(inputPowerW);
        }
        if (lineVoltagesV == null || phaseCurrentsA == null || powerFactor == null) {
            return OptionalDouble.empty();
        }
        double u = lineVoltagesV.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
        double i = phaseCurrentsA.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
        return OptionalDouble.of(Math.sqrt(3.0) * u * i * powerFactor);
    }
}
