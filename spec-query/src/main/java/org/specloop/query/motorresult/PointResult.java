package org.specloop.query.motorresult;

import org.specloop.contracts.motor.RequirementVerdict;

import java.time.Instant;
import java.util.List;

/**
 * The IEC 60034 results of one operating point as MotorPerformanceRecorded carried them, units in the
 * names (Ke in V*s/rad); verdict is FAIL when any requirement failed, PASS when all measured passed.
 */
public record PointResult(String pointId, String kind, long sampleCount, Double meanSpeedRpm, Double meanTorqueNm,
                          Double outputPowerW, Double inputPowerW, Double efficiencyPercent, Double keVsPerRad,
                          Double temperatureRiseK, Double vibrationRmsMmS, Double demagnetizationLossPercent,
                          String ieClassMet, String verdict, List<RequirementVerdict> verdicts, Instant recordedAt) {
}
