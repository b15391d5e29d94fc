package org.specloop.ingest.rig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.RequirementVerdict;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.calculations.motor.emf.BackEmfConstant;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;
import org.specloop.calculations.motor.ieclass.IeClass;
import org.specloop.calculations.motor.point.OperatingPointResult;
import org.specloop.calculations.motor.point.PointSettings;
import org.specloop.calculations.motor.verdict.Outcome;
import org.specloop.calculations.motor.verdict.Requirement;
import org.specloop.calculations.motor.verdict.RequirementChecks;

/**
 * Turns the aggregate of a finished point into the result the run records: the IEC 60034 values
 * and one verdict per requirement that applies there. Temperature rise and vibration are judged at
 * every point; the IE class only at the rated point (100 % speed, 100 % torque); demagnetization
 * loss at KE_AFTER_DEMAG against Ke from KE_BEFORE_DEMAG (which the run keeps, see RunState#recorded).
 * A requirement the standard has no limit for (NOT_APPLICABLE) gets no verdict rather than an invented one.
 * Ke is recorded referred to the reference magnet temperature when the point's samples carry the magnet
 * temperature (IEC 60034 practice: Ke follows Br, which falls about 0.1 %/K on a warm rotor), so a rotor
 * 40 K warm at its second Ke point is not read as 4.8 % demagnetization, and the loop fits Ke against Br at
 * the same temperature; without a magnet temperature Ke is recorded as measured.
 */
final class PointResults {

    private final EfficiencyClasses efficiencyClasses;
    private final RequirementChecks verdicts;
    private final RigIngestSettings.MagnetReference magnetReference;

    PointResults(EfficiencyClasses efficiencyClasses, RigIngestSettings.MagnetReference magnetReference) {
        this.efficiencyClasses = efficiencyClasses;
        this.verdicts = new RequirementChecks(efficiencyClasses);
        this.magnetReference = magnetReference;
    }

    /** Ke at the reference magnet temperature, as measured when the magnet temperature is unknown. */
    Double referredKe(OperatingPointResult r) {
        if (r.keVsPerRad().isEmpty()) {
            return null;
        }
        BackEmfConstant measured = new BackEmfConstant(r.keVsPerRad().getAsDouble());
        if (r.meanMagnetC().isEmpty()) {
            return measured.keVsPerRad();
        }
        return measured.referredTo(r.meanMagnetC().getAsDouble(), magnetReference.temperatureC(),
                magnetReference.alphaBrPercentPerK()).keVsPerRad();
    }

    /** No-load when |mean torque| is below 1 % of rated torque, taken at synchronous speed 120 f / p. */
    static PointSettings settings(StartMotorTestRun run, double noLoadPercentOfRated) {
        double syncRpm = 120.0 * run.frequencyHz() / run.poles();
        double ratedTorqueNm = run.ratedPowerKw() * 1000.0 / (2.0 * Math.PI * syncRpm / 60.0);
        return PointSettings.percentOfRated(ratedTorqueNm, noLoadPercentOfRated);
    }

    RecordOperatingPointResult evaluate(RunState run, PointState point, Instant now) {
        OperatingPointResult r = point.result();
        StartMotorTestRun start = run.start();
        OperatingPointKind kind = point.kind() != null ? point.kind()
                : r.noLoad() ? OperatingPointKind.NO_LOAD : OperatingPointKind.LOAD;
        boolean rated = kind == OperatingPointKind.LOAD && Math.abs(point.speedPercent() - 100.0) <= 1.0
                && Math.abs(point.torquePercent() - 100.0) <= 1.0;
        Double ke = referredKe(r);
        Double keBefore = run.keBeforeVsPerRad();
        List<Requirement> requirements = new ArrayList<>();
        requirements.add(new Requirement.ThermalClassRise(start.thermalClass()));
        requirements.add(new Requirement.Vibration(start.vibrationGrade(), start.mounting(),
                start.shaftHeightMm()));
        String ieClassMet = null;
        if (rated && start.minimumIeClass() != null) {
            requirements.add(new Requirement.MinIeClass(IeClass.valueOf(start.minimumIeClass()),
                    start.ratedPowerKw() * 1000.0, start.poles(), start.frequencyHz()));
        }
        if (rated && r.efficiencyPercent().isPresent()) {
            ieClassMet = efficiencyClasses.classify(start.ratedPowerKw() * 1000.0, start.poles(), start.frequencyHz(),
                    r.efficiencyPercent().getAsDouble()).highestClassMet().map(Enum::name).orElse(null);
        }
        Double demagLoss = null;
        List<RequirementVerdict> judged = new ArrayList<>();
        if (kind == OperatingPointKind.KE_AFTER_DEMAG && start.maxDemagnetizationLossPercent() != null) {
            if (keBefore != null && ke != null) {
                demagLoss = BackEmfConstant.demagnetizationLossPercent(keBefore, ke);
                requirements.add(new Requirement.MaxDemagnetizationLoss(start.maxDemagnetizationLossPercent(),
                        keBefore));
            } else {
                judged.add(new RequirementVerdict("demagnetization loss <= " + start.maxDemagnetizationLossPercent()
                        + " % (" + (ke == null ? "no Ke after the overload" : "no Ke before the overload") + ")",
                        Verdict.NOT_MEASURED, null, start.maxDemagnetizationLossPercent(), "%"));
            }
        }
        for (var v : verdicts.evaluate(r, requirements)) {
            if (v.outcome() != Outcome.NOT_APPLICABLE) {
                judged.add(new RequirementVerdict(v.requirement().describe(), Verdict.valueOf(v.outcome().name()),
                        value(v.measured()), value(v.upperLimit().isPresent() ? v.upperLimit() : v.lowerLimit()),
                        v.unit()));
            }
        }
        return new RecordOperatingPointResult(run.runId(), point.pointId(), kind, r.sampleCount(), r.meanSpeedRpm(),
                r.meanTorqueNm(), r.meanOutputPowerW(), value(r.meanInputPowerW()), value(r.efficiencyPercent()), ke,
                value(r.temperatureRiseK()), value(r.vibrationRmsMmPerS()), demagLoss, ieClassMet, judged, now);
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
