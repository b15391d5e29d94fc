package org.specloop.loop.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.specloop.calculations.transfer.LimitRounding;
import org.specloop.calculations.transfer.TemperatureReferral;
import org.specloop.calculations.transfer.TransferAnalysis;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;

/**
 * The spec line a derived limit is proposed on. A limit derived at the rig's hot test temperature goes
 * onto the spec's existing line for the characteristic (the one nearest 20 degC) when the spec has none at
 * that temperature, moved there with the reversible coefficient the spec states (alpha(Br), beta(HcJ)) or
 * the typical one of domain.md, rounded to the safe side again; a quality engineer revises the line the
 * spec has rather than finding a second one added.
 *
 * @param temperatureC the line's test temperature
 * @param proposed     the rounded limit on that line; null when nothing was derived
 * @param note         how the limit was moved, appended to the explanation; empty when it was not
 */
record LimitLine(double temperatureC, Double proposed, String note) {

    static LimitLine onSpec(RevisionContent effective, Characteristic characteristic, double derivedAtC, TransferAnalysis a) {
        LimitLine asDerived = new LimitLine(derivedAtC, a.roundedLimit(), "");
        Characteristic coefficient = TemperatureReferral.coefficientOf(characteristic);
        if (effective == null || a.derivedLimit() == null || a.side() == null || coefficient == null) {
            return asDerived;
        }
        List<CharacteristicLimit> lines = effective.characteristics().stream()
                .filter(l -> l.characteristic() == characteristic).toList();
        if (lines.isEmpty() || lines.stream().anyMatch(l -> Math.abs(l.testTemperatureC() - derivedAtC) < 0.5)) {
            return asDerived;
        }
        double lineC = lines.stream().map(CharacteristicLimit::testTemperatureC)
                .min(Comparator.comparingDouble(t -> Math.abs(t - 20.0))).orElseThrow();
        Optional<Double> stated = stated(effective, coefficient);
        double c = stated.orElse(TemperatureReferral.typicalCoefficient(characteristic));
        double moved = TemperatureReferral.move(a.derivedLimit(), derivedAtC, lineC, c);
        String note = String.format(Locale.ROOT, " Moved from %s degC to the spec's %s degC line: %s(%s) = %s(%s)"
                        + " * (1 + c/100 * (%s - 20)) / (1 + c/100 * (%s - 20)) with %s c = %s %%/K (%s).",
                fmt(derivedAtC), fmt(lineC), characteristic.name(), fmt(lineC), characteristic.name(), fmt(derivedAtC),
                fmt(lineC), fmt(derivedAtC), coefficient.name(), fmt(c), stated.isPresent() ? "the spec's" : "typical, domain.md");
        return new LimitLine(lineC, LimitRounding.conservative(moved, a.side()), note);
    }

    /** The coefficient the spec states: its target, else the middle of its range, else the one bound it has. */
    private static Optional<Double> stated(RevisionContent effective, Characteristic coefficient) {
        return effective.characteristics().stream().filter(l -> l.characteristic() == coefficient).findFirst()
                .map(l -> l.target() != null ? l.target()
                        : l.min() != null && l.max() != null ? (l.min() + l.max()) / 2
                        : l.min() != null ? l.min() : l.max());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
