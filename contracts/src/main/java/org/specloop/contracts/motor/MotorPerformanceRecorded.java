package org.specloop.contracts.motor;

import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.rig.OperatingPointKind;

import java.time.Instant;
import java.util.List;

/**
 * IEC 60034 results of one operating point of a rig run, from the aggregated samples, linked to
 * the magnet lots in the motor so that the loop can join motor outcomes to lot properties.
 * keVsPerRad only at Ke points (referred to the reference magnet temperature when the samples carried
 * the magnet temperature, docs/ingest.md), demagnetizationLossPercent only after KE_AFTER_DEMAG,
 * ieClassMet ("IE3", "IE4" ...) only at the rated load point; otherwise null. inputPowerW,
 * efficiencyPercent, temperatureRiseK and vibrationRmsMmS are null when the rig did not measure
 * what they need (no power channel, a no-load point, no coolant sensor ...): a made-up number
 * would be worse than none.
 */
@EventVersion("1")
public record MotorPerformanceRecorded(String runId, String motorSerial, String motorDesign, String rigId,
                                       List<String> installedLots, String pointId, OperatingPointKind kind,
                                       long sampleCount, double meanSpeedRpm, double meanTorqueNm,
                                       double outputPowerW, Double inputPowerW, Double efficiencyPercent,
                                       Double keVsPerRad, Double temperatureRiseK, Double vibrationRmsMmS,
                                       Double demagnetizationLossPercent, String ieClassMet,
                                       List<RequirementVerdict> verdicts, Instant recordedAt) {

    public MotorPerformanceRecorded {
        installedLots = installedLots == null ? List.of() : List.copyOf(installedLots);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }
}
