package org.specloop.calculations.motor.point;

import static org.specloop.calculations.motor.Checks.finite;
import static org.specloop.calculations.motor.Checks.finiteOrNotMeasured;

import org.specloop.calculations.motor.efficiency.ElectricalInput;

/**
 * One rig sample of one run and operating point. Time, speed and torque are always
 * measured; every other channel may be absent. Absent doubles are NaN ({@link #NOT_MEASURED})
 * rather than boxed nulls, because a run can carry millions of samples; an absent
 * electrical input is null.
 *
 * @param timeS                   sample time, s (any fixed origin, e.g. run start)
 * @param speedRpm                shaft speed, rpm
 * @param torqueNm                shaft torque, N*m
 * @param input                   electrical input, or null when not measured
 * @param windingC                winding temperature, degC
 * @param coolantC                coolant (ambient or inlet) temperature, degC
 * @param magnetC                 magnet (rotor) temperature, degC
 * @param vibrationMmPerS         vibration velocity, mm/s (instantaneous or interval rms)
 * @param backEmfLineToLineRmsV   line-to-line rms terminal voltage at no load, V
 */
public record RigSampleValues(double timeS, double speedRpm, double torqueNm, ElectricalInput input,
                              double windingC, double coolantC, double magnetC,
                              double vibrationMmPerS, double backEmfLineToLineRmsV) {

    public static final double NOT_MEASURED = Double.NaN;

    public RigSampleValues {
        finite("sample time", timeS, "s");
        finite("speed", speedRpm, "rpm");
        finite("torque", torqueNm, "N*m");
        finiteOrNotMeasured("winding temperature", windingC, "degC");
        finiteOrNotMeasured("coolant temperature", coolantC, "degC");
        finiteOrNotMeasured("magnet temperature", magnetC, "degC");
        finiteOrNotMeasured("vibration velocity", vibrationMmPerS, "mm/s");
        finiteOrNotMeasured("back-EMF voltage", backEmfLineToLineRmsV, "V");
    }

    /** A sample with only the mechanical channels; add the others with the with-methods. */
    public static RigSampleValues mechanical(double timeS, double speedRpm, double torqueNm) {
        return new RigSampleValues(timeS, speedRpm, torqueNm, null,
                NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED);
    }

    public RigSampleValues withInput(ElectricalInput in) {
        return new RigSampleValues(timeS, speedRpm, torqueNm, in, windingC, coolantC, magnetC,
                vibrationMmPerS, backEmfLineToLineRmsV);
    }

    public RigSampleValues withTemperatures(double winding, double coolant, double magnet) {
        return new RigSampleValues(timeS, speedRpm, torqueNm, input, winding, coolant, magnet,
                vibrationMmPerS, backEmfLineToLineRmsV);
    }

    public RigSampleValues withVibration(double velocityMmPerS) {
        return new RigSampleValues(timeS, speedRpm, torqueNm, input, windingC, coolantC, magnetC,
                velocityMmPerS, backEmfLineToLineRmsV);
    }

    public RigSampleValues withBackEmf(double lineToLineRmsV) {
        return new RigSampleValues(timeS, speedRpm, torqueNm, input, windingC, coolantC, magnetC,
                vibrationMmPerS, lineToLineRmsV);
    }

    public static boolean measured(double value) {
        return !Double.isNaN(value);
    }
}
