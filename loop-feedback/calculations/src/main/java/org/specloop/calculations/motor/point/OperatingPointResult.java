package org.specloop.calculations.motor.point;

import java.util.List;
import java.util.OptionalDouble;

/**
 * IEC 60034 results of one run at one operating point. A value that could not be derived
 * is empty, and {@link #notes()} says why, so missing evidence is never silent.
 *
 * @param sampleCount           number of samples aggregated
 * @param startTimeS            earliest sample time, s
 * @param endTimeS              latest sample time, s
 * @param meanSpeedRpm          mean shaft speed, rpm
 * @param meanTorqueNm          mean shaft torque, N*m
 * @param meanOutputPowerW      mean of per-sample T * omega, W
 * @param meanInputPowerW       mean electrical input power over the samples that had it, W
 * @param efficiencyPercent     direct-method efficiency, %; empty at no load
 * @param vibrationRmsMmPerS    rms vibration velocity, mm/s
 * @param maxWindingC           highest winding temperature, degC
 * @param coolantC              coolant temperature of the latest sample that had it, degC
 * @param temperatureRiseK      max winding minus end-of-run coolant, K
 * @param meanMagnetC           mean magnet temperature, degC
 * @param noLoad                |mean torque| below the configured threshold
 * @param keVsPerRad            Ke = U_LL,rms / omega_mech, V*s/rad; only at no load
 */
public record OperatingPointResult(String runId, String operatingPointId, long sampleCount,
                                   double startTimeS, double endTimeS,
                                   double meanSpeedRpm, double meanTorqueNm, double meanOutputPowerW,
                                   OptionalDouble meanInputPowerW, OptionalDouble efficiencyPercent,
                                   OptionalDouble vibrationRmsMmPerS, OptionalDouble maxWindingC,
                                   OptionalDouble coolantC, OptionalDouble temperatureRiseK,
                                   OptionalDouble meanMagnetC, boolean noLoad, OptionalDouble keVsPerRad,
                                   List<String> notes) {

    public OperatingPointResult {
        notes = List.copyOf(notes);
    }
}
