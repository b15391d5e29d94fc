package org.specloop.command.motordesign.http;

import org.specloop.contracts.common.TextLimits;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.kernel.ClientIds;
import org.specloop.command.kernel.QuantityInput;
import org.specloop.contracts.units.Quantities;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.motordesign.ReviseMotorDesignRequirements;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Command API of motor designs: define one, then revise its requirements version by version. */
@RestController
@RequestMapping("/api/motor-designs")
class MotorDesignController {
    /** One-sided 95 % is the usual confidence for a derived acceptance limit. */
    static final double DEFAULT_CONFIDENCE = 0.95;
    private final CommandGateway commandGateway;
    private final CurrentActor actor;

    MotorDesignController(CommandGateway commandGateway, CurrentActor actor) {
        this.commandGateway = commandGateway;
        this.actor = actor;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> define(@RequestBody MotorDesignRequests.Define request) {
        FieldErrors errors = new FieldErrors();
        errors.require("designId", request.designId());
        ClientIds.check(errors, "designId", request.designId());
        errors.require("name", request.name(), TextLimits.NAME);
        MotorRequirements requirements = requirements(errors, request.requirements());
        errors.throwIfAny();
        commandGateway.sendAndWait(new DefineMotorDesign(request.designId(), request.name(), requirements, actor.name()));
        return ResponseEntity.created(URI.create("/api/motor-designs/" + request.designId()))
                .body(Map.of("designId", request.designId(), "version", 1));
    }

    @PostMapping("/{id}/requirements")
    public ResponseEntity<Map<String, Object>> revise(@PathVariable String id, @RequestBody MotorDesignRequests.Revise request) {
        FieldErrors errors = new FieldErrors();
        MotorRequirements requirements = requirements(errors, request.requirements());
        errors.require("reason", request.reason(), TextLimits.REASON);
        errors.throwIfAny();
        Object version = commandGateway.sendAndWait(new ReviseMotorDesignRequirements(id, requirements, request.reason(), actor.name()));
        // the new version is readable at its own address once the read side has it
        return ResponseEntity.ok().location(URI.create("/api/motor-designs/" + id + "/versions/" + version))
                .body(Map.of("designId", id, "version", version));
    }

    private static MotorRequirements requirements(FieldErrors errors, MotorDesignRequests.Requirements r) {
        if (errors.require("requirements", r) == null) {
            return null;
        }
        errors.require("requirements.specificationId", r.specificationId(), TextLimits.ID);
        errors.clean("requirements.ieClass", r.ieClass(), TextLimits.CODE);
        errors.clean("requirements.efficiencyPointId", r.efficiencyPointId(), TextLimits.ID);
        Double hot = r.hotTestTemperature() == null ? null
                : errors.temperature("requirements.hotTestTemperature", r.hotTestTemperature().value(), r.hotTestTemperature().unit());
        errors.check(r.hotTestTemperature() != null, "requirements.hotTestTemperature", "is required");
        ThermalClass thermal = r.thermalClass() == null || !errors.atMost("requirements.thermalClass", r.thermalClass(), TextLimits.CODE) ? null
                : errors.convert("requirements.thermalClass", () -> ThermalClass.parse(r.thermalClass()));
        VibrationGrade grade = r.vibrationGrade() == null ? null
                : errors.enumValue("requirements.vibrationGrade", VibrationGrade.class, r.vibrationGrade());
        Double keMin = ke(errors, "requirements.keMin", r.keMin(), "requirements.keMinVsPerRad", r.keMinVsPerRad());
        Double keMax = ke(errors, "requirements.keMax", r.keMax(), "requirements.keMaxVsPerRad", r.keMaxVsPerRad());
        double confidence = r.confidence() == null ? DEFAULT_CONFIDENCE : r.confidence();
        errors.check(confidence >= 0.5 && confidence < 1.0, "requirements.confidence", "must lie in [0.5, 1)");
        return new MotorRequirements(r.specificationId(), r.ieClass(), r.minEfficiencyPercent(), r.efficiencyPointId(),
                keMin, keMax, r.maxDemagnetizationLossPercent(), hot == null ? Double.NaN : hot,
                thermal, grade, confidence);
    }

    /**
     * Ke in V*s/rad from a quantity (V*s/rad or V/krpm, the unit required) or from the older bare number in
     * V*s/rad; both at once would leave it unclear which one was meant.
     */
    private static Double ke(FieldErrors errors, String field, QuantityInput quantity, String legacyField, Double legacy) {
        if (quantity == null) {
            return legacy;
        }
        if (legacy != null) {
            errors.reject(field, "and " + legacyField + " both given; send " + field + " only");
            return null;
        }
        if (quantity.value() == null) {
            errors.reject(field + ".value", "is required");
            return null;
        }
        return errors.convert(field, () -> Quantities.backEmfConstantVsPerRad(quantity.value(), quantity.unit()));
    }
}
