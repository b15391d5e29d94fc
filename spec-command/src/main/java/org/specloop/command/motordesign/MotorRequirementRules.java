package org.specloop.command.motordesign;

import org.specloop.command.kernel.RuleViolation;
import org.specloop.command.kernel.Required;
import org.specloop.contracts.motordesign.MotorRequirements;

/**
 * Requirements the loop can act on: they name the magnet spec, and every limit is physically
 * possible, because a typo here would make the loop propose absurd magnet limits.
 */
final class MotorRequirementRules {
    static final String RULE = "invalid-requirements";
    static final String UNKNOWN_SPEC = "unknown-magnet-spec";

    private MotorRequirementRules() {
    }

    static void check(MotorRequirements r, MagnetSpecs specs) {
        Required.value(r, "requirements");
        Required.text(r.specificationId(), "requirements.specificationId");
        if (!specs.exists(r.specificationId())) {
            throw new RuleViolation(UNKNOWN_SPEC, "magnet specification '" + r.specificationId()
                    + "' does not exist; create it first (POST /api/specifications) or name an existing one");
        }
        percent(r.minEfficiencyPercent(), "minEfficiencyPercent");
        percent(r.maxDemagnetizationLossPercent(), "maxDemagnetizationLossPercent");
        positive(r.keMinVsPerRad(), "keMinVsPerRad");
        positive(r.keMaxVsPerRad(), "keMaxVsPerRad");
        if (r.keMinVsPerRad() != null && r.keMaxVsPerRad() != null && r.keMinVsPerRad() >= r.keMaxVsPerRad()) {
            throw new RuleViolation(RULE, "the Ke window is empty: keMinVsPerRad must be below keMaxVsPerRad");
        }
        if (r.minEfficiencyPercent() != null || r.ieClass() != null) {
            Required.text(r.efficiencyPointId(), "requirements.efficiencyPointId");
        }
        if (!(r.confidence() >= 0.5 && r.confidence() < 1.0)) {
            throw new RuleViolation(RULE, "confidence must lie in [0.5, 1), got " + r.confidence());
        }
        if (!(r.hotTestTemperatureC() >= -60 && r.hotTestTemperatureC() <= 400)) {
            throw new RuleViolation(RULE, "hotTestTemperatureC must lie in -60..400 degC");
        }
    }

    private static void percent(Double value, String field) {
        if (value != null && !(value > 0 && value < 100)) {
            throw new RuleViolation(RULE, field + " must lie between 0 and 100 %, got " + value);
        }
    }

    private static void positive(Double value, String field) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new RuleViolation(RULE, field + " must be positive, got " + value);
        }
    }
}
