package org.specloop.calculations.motor.verdict;

import java.util.List;
import java.util.OptionalDouble;

import org.specloop.calculations.motor.emf.BackEmfConstant;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;
import org.specloop.calculations.motor.ieclass.IeClassification;
import org.specloop.calculations.motor.ieclass.MinimumEfficiency;
import org.specloop.calculations.motor.point.OperatingPointResult;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.calculations.motor.vibration.VibrationLimit;
import org.specloop.calculations.motor.vibration.VibrationLimits;

/** Judges an operating-point result against motor requirements, one verdict each. */
public final class RequirementChecks {

    private static final OptionalDouble NONE = OptionalDouble.empty();

    private final EfficiencyClasses efficiencyClasses;

    public RequirementChecks(EfficiencyClasses efficiencyClasses) {
        this.efficiencyClasses = efficiencyClasses;
    }

    /** Verdicts in the order of the requirements. */
    public List<RequirementCheck> evaluate(OperatingPointResult result, List<Requirement> requirements) {
        return requirements.stream().map(r -> evaluate(result, r)).toList();
    }

    public RequirementCheck evaluate(OperatingPointResult r, Requirement req) {
        if (req instanceof Requirement.MinEfficiency q) {
            return judge(q, r.efficiencyPercent(), OptionalDouble.of(q.percent()), NONE, "%", "");
        }
        if (req instanceof Requirement.MinIeClass q) {
            return ieClass(r, q);
        }
        if (req instanceof Requirement.KeWindow q) {
            return judge(q, r.keVsPerRad(), OptionalDouble.of(q.minVsPerRad()), OptionalDouble.of(q.maxVsPerRad()),
                    "V*s/rad", r.noLoad() ? "" : "Ke is only measured at a no-load point");
        }
        if (req instanceof Requirement.MaxTemperatureRise q) {
            return judge(q, r.temperatureRiseK(), NONE, OptionalDouble.of(q.maxRiseK()), "K", "");
        }
        if (req instanceof Requirement.ThermalClassRise q) {
            return judge(q, r.temperatureRiseK(), NONE, OptionalDouble.of(q.thermalClass().riseLimitK()), "K",
                    coolantNote(r));
        }
        if (req instanceof Requirement.Vibration q) {
            return vibration(r, q);
        }
        if (req instanceof Requirement.MaxDemagnetizationLoss q) {
            OptionalDouble loss = r.keVsPerRad().isPresent()
                    ? OptionalDouble.of(BackEmfConstant.demagnetizationLossPercent(q.keBeforeVsPerRad(),
                    r.keVsPerRad().getAsDouble()))
                    : NONE;
            return judge(q, loss, NONE, OptionalDouble.of(q.maxLossPercent()), "%",
                    loss.isPresent() ? "Ke before " + q.keBeforeVsPerRad() + " V*s/rad" : "no Ke after the overload");
        }
        throw new IllegalArgumentException("unknown requirement type " + req.getClass().getName());
    }

    private RequirementCheck ieClass(OperatingPointResult r, Requirement.MinIeClass q) {
        MinimumEfficiency min = efficiencyClasses.minimumFor(q.ieClass(), q.ratedPowerW(), q.poles(), q.frequencyHz());
        if (min instanceof MinimumEfficiency.NotCovered nc) {
            return new RequirementCheck(q, Outcome.NOT_APPLICABLE, r.efficiencyPercent(), NONE, NONE, "%",
                    nc.reason());
        }
        MinimumEfficiency.Covered cov = (MinimumEfficiency.Covered) min;
        String note = "minimum from " + cov.source().name().toLowerCase();
        if (r.efficiencyPercent().isPresent()) {
            IeClassification c = efficiencyClasses.classify(q.ratedPowerW(), q.poles(), q.frequencyHz(),
                    r.efficiencyPercent().getAsDouble());
            note += "; highest class met: " + c.highestClassMet().map(Enum::name).orElse("none of the covered classes");
        }
        return judge(q, r.efficiencyPercent(), OptionalDouble.of(cov.percent()), NONE, "%", note);
    }

    private static RequirementCheck vibration(OperatingPointResult r, Requirement.Vibration q) {
        VibrationLimit limit = VibrationLimits.limitFor(q.grade(), q.mounting(), q.shaftHeightMm());
        if (limit instanceof VibrationLimit.NotApplicable na) {
            return new RequirementCheck(q, Outcome.NOT_APPLICABLE, r.vibrationRmsMmPerS(), NONE, NONE, "mm/s",
                    na.reason());
        }
        double max = ((VibrationLimit.Limit) limit).maxRmsMmPerS();
        return judge(q, r.vibrationRmsMmPerS(), NONE, OptionalDouble.of(max), "mm/s", "rms velocity");
    }

    /** Limits are inclusive: a value exactly on a limit meets it. */
    private static RequirementCheck judge(Requirement q, OptionalDouble measured, OptionalDouble lower,
                                            OptionalDouble upper, String unit, String note) {
        if (measured.isEmpty()) {
            return new RequirementCheck(q, Outcome.NOT_MEASURED, measured, lower, upper, unit, note);
        }
        double v = measured.getAsDouble();
        boolean pass = (lower.isEmpty() || v >= lower.getAsDouble()) && (upper.isEmpty() || v <= upper.getAsDouble());
        return new RequirementCheck(q, pass ? Outcome.PASS : Outcome.FAIL, measured, lower, upper, unit, note);
    }

    private static String coolantNote(OperatingPointResult r) {
        if (r.coolantC().isPresent() && r.coolantC().getAsDouble() != ThermalClass.REFERENCE_COOLANT_C) {
            return "class limit stated for " + ThermalClass.REFERENCE_COOLANT_C + " degC coolant, measured "
                    + r.coolantC().getAsDouble() + " degC; no coolant correction applied";
        }
        return "";
    }
}
