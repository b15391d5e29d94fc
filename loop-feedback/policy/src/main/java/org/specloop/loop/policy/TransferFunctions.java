package org.specloop.loop.policy;

import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.MotorTable.Point;
import org.specloop.loop.policy.MotorTable.Run;
import org.specloop.calculations.transfer.MotorBound;
import org.specloop.calculations.transfer.TransferAnalysis;
import org.specloop.calculations.transfer.TransferFunctionAnalyser;
import org.specloop.calculations.transfer.TransferPoint;
import org.specloop.calculations.transfer.TransferRelation;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The traceability join and the fits: each motor run's result joined to the mean magnet property
 * of the lots installed in it, one relation per motor requirement that a magnet property drives.
 */
@Component
public class TransferFunctions {
    private final MotorTable motors;
    private final LotTable lots;
    private final SpecTable specs;
    private final LoopProperties properties;

    TransferFunctions(MotorTable motors, LotTable lots, SpecTable specs, LoopProperties properties) {
        this.motors = motors;
        this.lots = lots;
        this.specs = specs;
        this.properties = properties;
    }

    /** A requirement that a magnet property drives, and how the motor's result is read for it. */
    record Requirement(TransferRelation relation, MotorBound bound, String efficiencyPointId) {
    }

    public List<TransferFunctionView> of(SpecTable.Design design) {
        List<Run> runs = motors.runsOf(design.designId());
        Set<String> lotIds = new HashSet<>();
        runs.forEach(run -> lotIds.addAll(run.lots()));
        Map<String, String> parts = lots.partsOf(lotIds);
        return requirements(design.requirements()).stream().map(r -> analyse(design, r, runs, lotIds, parts)).toList();
    }

    /** The relations of one design at its current version; empty when the loop knows no such design. */
    public Optional<List<TransferFunctionView>> ofDesign(String designId) {
        return specs.design(designId).map(this::of);
    }

    /** Every design whose requirements name this magnet specification: the evidence a revision of it rests on. */
    public List<TransferFunctionView> ofSpecification(String specificationId) {
        return specs.designsOf(specificationId).stream().flatMap(design -> of(design).stream()).toList();
    }

    public List<TransferFunctionView> of(SpecTable.Design design, Characteristic characteristic) {
        return of(design).stream().filter(v -> v.characteristic().equals(characteristic.name())).toList();
    }

    static List<Requirement> requirements(MotorRequirements r) {
        List<Requirement> list = new ArrayList<>();
        if (r.keMinVsPerRad() != null) {
            list.add(new Requirement(TransferRelation.KE_VS_BR, MotorBound.atLeast(r.keMinVsPerRad()), null));
        }
        if (r.keMaxVsPerRad() != null) {
            list.add(new Requirement(TransferRelation.KE_VS_BR, MotorBound.atMost(r.keMaxVsPerRad()), null));
        }
        if (r.maxDemagnetizationLossPercent() != null) {
            list.add(new Requirement(TransferRelation.DEMAG_LOSS_VS_HCJ, MotorBound.atMost(r.maxDemagnetizationLossPercent()), null));
        }
        if (r.minEfficiencyPercent() != null) {
            list.add(new Requirement(TransferRelation.EFFICIENCY_VS_BR, MotorBound.atLeast(r.minEfficiencyPercent()),
                    r.efficiencyPointId()));
        }
        return list;
    }

    private TransferFunctionView analyse(SpecTable.Design design, Requirement requirement, List<Run> runs, Set<String> lotIds,
                                         Map<String, String> parts) {
        MotorRequirements r = design.requirements();
        TransferRelation relation = requirement.relation();
        double temperature = relation.temperatureC(r.hotTestTemperatureC());
        List<TransferPoint> points = new ArrayList<>();
        List<TransferFunctionView.Point> viewPoints = new ArrayList<>();
        String magnetPart = specs.spec(r.specificationId()).map(SpecTable.Spec::partNumber).orElse(null);
        Map<String, Double> allMeans = lots.lotMeans(lotIds, relation.characteristic(), temperature);
        for (Run run : runs) {
            if (!allOfPart(run.lots(), magnetPart, parts)) {
                continue; // a run joined to another part's magnets (stored before runs were checked) is no evidence
            }
            Optional<Double> y = response(run, requirement);
            List<Double> means = run.lots().stream().map(allMeans::get).filter(java.util.Objects::nonNull).toList();
            // every installed lot must be measured, or x would stand for only part of the rotor
            if (y.isEmpty() || run.lots().isEmpty() || means.size() < run.lots().size()) {
                continue;
            }
            double x = means.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            points.add(new TransferPoint(run.motorSerial(), run.lots(), x, y.get()));
            viewPoints.add(new TransferFunctionView.Point(run.motorSerial(), run.runId(), run.lots(), x, y.get()));
        }
        TransferAnalysis a = new TransferFunctionAnalyser(properties.transfer().minPoints())
                .analyse(relation, points, requirement.bound(), r.confidence());
        LimitLine line = LimitLine.onSpec(specs.spec(r.specificationId()).map(SpecTable.Spec::effective).orElse(null),
                relation.characteristic(), temperature, a);
        String key = a.side() == null ? null : limitKey(relation.characteristic(), line.temperatureC(), a.side().name());
        Double effective = a.side() == null ? null : effectiveLimit(r.specificationId(), relation.characteristic(),
                line.temperatureC(), a.side().name());
        Double deadBand = line.proposed() == null ? null
                : properties.transfer().deadBandFor(relation.characteristic(), effective != null ? effective : line.proposed());
        return TransferViews.view(design, a, temperature, line, key, effective, deadBand, viewPoints);
    }

    /** Every lot was received as the design's magnet part; with no part known there is nothing to hold it to. */
    private static boolean allOfPart(List<String> lotIds, String magnetPart, Map<String, String> parts) {
        return magnetPart == null || lotIds.stream().allMatch(id -> magnetPart.equals(parts.get(id)));
    }

    static Optional<Double> response(Run run, Requirement requirement) {
        return switch (requirement.relation()) {
            case KE_VS_BR -> first(run, OperatingPointKind.KE_BEFORE_DEMAG, Point::ke)
                    .or(() -> first(run, OperatingPointKind.NO_LOAD, Point::ke));
            case DEMAG_LOSS_VS_HCJ -> first(run, OperatingPointKind.KE_AFTER_DEMAG, Point::demagLoss);
            case EFFICIENCY_VS_BR -> run.points().stream().filter(p -> p.pointId().equals(requirement.efficiencyPointId()))
                    .map(Point::efficiency).filter(java.util.Objects::nonNull).findFirst();
        };
    }

    private static Optional<Double> first(Run run, OperatingPointKind kind, java.util.function.Function<Point, Double> value) {
        return run.points().stream().filter(p -> p.kind().equals(kind.name())).map(value)
                .filter(v -> v != null && Double.isFinite(v)).findFirst();
    }

    static String limitKey(Characteristic characteristic, double temperatureC, String side) {
        return characteristic.name() + "@" + Math.round(temperatureC) + "degC:" + side;
    }

    private Double effectiveLimit(String specId, Characteristic characteristic, double temperature, String side) {
        return specs.spec(specId).filter(s -> s.effective() != null)
                .flatMap(s -> s.effective().characteristics().stream()
                        .filter(l -> l.characteristic() == characteristic && Math.abs(l.testTemperatureC() - temperature) < 0.5)
                        .findFirst())
                .map(l -> "MIN".equals(side) ? l.min() : l.max())
                .orElse(null);
    }

}
