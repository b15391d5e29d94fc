package org.specloop.calculations.motor.emf;

import static org.specloop.calculations.motor.Checks.finite;
import static org.specloop.calculations.motor.Checks.nonNegative;
import static org.specloop.calculations.motor.Checks.positive;

import org.specloop.calculations.motor.Shaft;

/**
 * Back-EMF constant of a permanent-magnet motor, in V*s/rad, under one fixed convention:
 *
 * <pre>  Ke = U_LL,rms / omega_mech</pre>
 *
 * U_LL,rms is the line-to-line rms back-EMF at no load (open circuit or zero torque) and
 * omega_mech = 2 pi n / 60 the mechanical angular speed. Line-to-line rms is what a power
 * analyzer on a star motor without neutral reads, and mechanical speed is what the rig
 * measures, so no pole count or peak factor can be mixed up on the way in. The loop only
 * uses Ke as a proxy of magnet flux linkage (Ke ~ psi ~ Br), so one convention applied
 * everywhere matters more than which one.
 *
 * <p>Torque constant: Kt = Ke holds in SI for the per-phase flux linkage. In this
 * convention, for sinusoidal currents in phase with the back-EMF, the torque per rms line
 * ampere is Kt = sqrt(3) * Ke; see {@link #torqueConstantNmPerArms()}.
 */
public record BackEmfConstant(double keVsPerRad) {

    public BackEmfConstant {
        positive("back-EMF constant Ke", keVsPerRad, "V*s/rad");
    }

    /**
     * @param lineToLineRmsV line-to-line rms back-EMF, V
     * @param speedRpm       shaft speed, rpm; its sign is ignored (direction does not change Ke)
     */
    public static BackEmfConstant fromNoLoad(double lineToLineRmsV, double speedRpm) {
        positive("line-to-line rms back-EMF", lineToLineRmsV, "V");
        finite("speed", speedRpm, "rpm");
        if (speedRpm == 0.0) {
            throw new IllegalArgumentException("speed is zero: Ke needs the machine turning");
        }
        return new BackEmfConstant(lineToLineRmsV / Math.abs(Shaft.angularSpeedRadPerS(speedRpm)));
    }

    /** Expected line-to-line rms back-EMF at a speed, V. */
    public double lineToLineRmsVAt(double speedRpm) {
        return keVsPerRad * Math.abs(Shaft.angularSpeedRadPerS(speedRpm));
    }

    /** Torque per rms line ampere, N*m/A, sinusoidal and in phase with the back-EMF. */
    public double torqueConstantNmPerArms() {
        return Math.sqrt(3.0) * keVsPerRad;
    }

    /**
     * Refers Ke to another magnet temperature with the reversible coefficient of Br, so that
     * a before/after comparison does not count a reversible (thermal) change as
     * demagnetization: Ke_ref = Ke / (1 + alpha/100 * (T - T_ref)).
     *
     * @param magnetC           magnet temperature at which this Ke was measured, degC
     * @param referenceC        magnet temperature to refer to, degC
     * @param alphaBrPercentPerK reversible temperature coefficient of Br, %/K (about -0.12 for NdFeB)
     */
    public BackEmfConstant referredTo(double magnetC, double referenceC, double alphaBrPercentPerK) {
        finite("magnet temperature", magnetC, "degC");
        finite("reference temperature", referenceC, "degC");
        finite("alpha(Br)", alphaBrPercentPerK, "%/K");
        double factor = 1.0 + alphaBrPercentPerK / 100.0 * (magnetC - referenceC);
        positive("temperature factor 1 + alpha * dT", factor, "(ratio)");
        return new BackEmfConstant(keVsPerRad / factor);
    }

    /**
     * Irreversible demagnetization after a hot overload, % = 100 * (Ke_before - Ke_after) / Ke_before.
     * Negative when Ke rose, which is measurement scatter, and is reported as it is rather than
     * clipped to zero. Both values must be measured at the same magnet temperature (see
     * {@link #referredTo}).
     */
    public static double demagnetizationLossPercent(BackEmfConstant before, BackEmfConstant after) {
        return 100.0 * (before.keVsPerRad - after.keVsPerRad) / before.keVsPerRad;
    }

    public static double demagnetizationLossPercent(double keBeforeVsPerRad, double keAfterVsPerRad) {
        positive("Ke before", keBeforeVsPerRad, "V*s/rad");
        nonNegative("Ke after", keAfterVsPerRad, "V*s/rad");
        return 100.0 * (keBeforeVsPerRad - keAfterVsPerRad) / keBeforeVsPerRad;
    }
}
