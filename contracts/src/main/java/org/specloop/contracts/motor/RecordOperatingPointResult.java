package org.specloop.contracts.motor;

import org.specloop.contracts.rig.OperatingPointKind;

import java.time.Instant;
import java.util.List;

/**
 * The IEC 60034 results of one operating point, computed by ingest from the aggregated samples.
 * Sent at least once per (runId, pointId); the run records the first and ignores repeats, which is
 * what makes a crash between sending and committing the consumed offsets harmless.
 */
public record RecordOperatingPointResult(String runId, String pointId, OperatingPointKind kind, long sampleCount,
                                         double meanSpeedRpm, double meanTorqueNm, double outputPowerW,
                                         Double inputPowerW, Double efficiencyPercent, Double keVsPerRad,
                                         Double temperatureRiseK, Double vibrationRmsMmS,
                                         Double demagnetizationLossPercent, String ieClassMet,
                                         List<RequirementVerdict> verdicts, Instant recordedAt) {

    public RecordOperatingPointResult {
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }
}
