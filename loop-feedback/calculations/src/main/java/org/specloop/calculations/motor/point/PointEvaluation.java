package org.specloop.calculations.motor.point;

import static org.specloop.calculations.motor.point.RigSampleValues.measured;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.specloop.calculations.motor.efficiency.Efficiency;
import org.specloop.calculations.motor.emf.BackEmfConstant;

/** Turns the running sums of an aggregator into an operating-point result. */
final class PointEvaluation {

    private PointEvaluation() {
    }

    static OperatingPointResult evaluate(OperatingPointAggregator a) {
        if (a.count == 0) {
            throw new IllegalStateException("no samples for run " + a.runId() + " point "
                    + a.operatingPointId() + ": nothing to evaluate");
        }
        List<String> notes = new ArrayList<>();
        double meanTorque = a.torque.value() / a.count;
        double threshold = a.settings().noLoadTorqueThresholdNm();
        boolean noLoad = Math.abs(meanTorque) < threshold;

        OptionalDouble meanInput = a.powerCount == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(a.inputPower.value() / a.powerCount);
        OptionalDouble eta = efficiency(a, noLoad, notes);

        OptionalDouble vibration = a.vibrationCount == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.sqrt(a.vibrationSquares.value() / a.vibrationCount));
        if (vibration.isEmpty()) {
            notes.add("vibration: no samples");
        }

        OptionalDouble winding = optional(a.maxWindingC);
        OptionalDouble coolant = optional(a.coolantC);
        OptionalDouble rise = OptionalDouble.empty();
        if (winding.isPresent() && coolant.isPresent()) {
            rise = OptionalDouble.of(a.maxWindingC - a.coolantC);
        } else {
            notes.add("temperature rise: needs both winding and coolant temperatures");
        }
        OptionalDouble magnet = a.magnetCount == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(a.magnet.value() / a.magnetCount);

        OptionalDouble ke = backEmfConstant(a, noLoad, meanTorque, threshold, notes);

        return new OperatingPointResult(a.runId(), a.operatingPointId(), a.count, a.startTimeS, a.endTimeS,
                a.speed.value() / a.count, meanTorque, a.outputPower.value() / a.count,
                meanInput, eta, vibration, winding, coolant, rise, magnet, noLoad, ke, notes);
    }

    private static OptionalDouble efficiency(OperatingPointAggregator a, boolean noLoad, List<String> notes) {
        if (a.powerCount == 0) {
            notes.add("efficiency: no electrical input samples");
            return OptionalDouble.empty();
        }
        if (noLoad) {
            notes.add("efficiency: not computed at a no-load point");
            return OptionalDouble.empty();
        }
        try {
            Efficiency e = new Efficiency(a.pairedOutputPower.value() / a.powerCount,
                    a.inputPower.value() / a.powerCount);
            return OptionalDouble.of(e.percent());
        } catch (IllegalArgumentException e) {
            notes.add("efficiency: refused, " + e.getMessage());
            return OptionalDouble.empty();
        }
    }

    private static OptionalDouble backEmfConstant(OperatingPointAggregator a, boolean noLoad, double meanTorque,
                                                  double threshold, List<String> notes) {
        if (a.emfCount == 0) {
            return OptionalDouble.empty();
        }
        if (!noLoad) {
            notes.add("Ke: back-EMF samples ignored, the point is loaded (|mean torque| " + Math.abs(meanTorque)
                    + " N*m is not below " + threshold + " N*m)");
            return OptionalDouble.empty();
        }
        try {
            BackEmfConstant ke = BackEmfConstant.fromNoLoad(a.emf.value() / a.emfCount,
                    a.emfSpeed.value() / a.emfCount);
            return OptionalDouble.of(ke.keVsPerRad());
        } catch (IllegalArgumentException e) {
            notes.add("Ke: refused, " + e.getMessage());
            return OptionalDouble.empty();
        }
    }

    private static OptionalDouble optional(double value) {
        return measured(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
