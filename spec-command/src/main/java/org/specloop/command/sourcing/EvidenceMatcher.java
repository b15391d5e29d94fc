package org.specloop.command.sourcing;

import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.units.Characteristic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Which plan items a fact from the new chain counts toward. References name the sample or run, not
 * the message, so that measuring the same sample twice at one temperature counts once.
 */
public final class EvidenceMatcher {
    /** Lab temperatures wander by a degree or so around the nominal one. */
    static final double TEMPERATURE_TOLERANCE_C = 2.0;

    private EvidenceMatcher() {
    }

    public record Item(String itemId, String evidenceType) {
    }

    public record Match(String itemId, String reference) {
    }

    /**
     * A sample counts toward a measurement item at its temperature when it was measured for every
     * characteristic the spec limits at that temperature.
     */
    public static List<Match> measurement(Collection<Item> items, Collection<CharacteristicLimit> specLimits, String lotId,
                                          String sampleId, double temperatureC, Collection<Characteristic> measured) {
        List<Match> matches = new ArrayList<>();
        for (Item item : items) {
            OptionalDouble at = EvidenceType.measurementTemperature(item.evidenceType());
            if (at.isEmpty() || Math.abs(at.getAsDouble() - temperatureC) > TEMPERATURE_TOLERANCE_C) {
                continue;
            }
            boolean complete = specLimits.stream()
                    .filter(limit -> Math.abs(limit.testTemperatureC() - at.getAsDouble()) <= TEMPERATURE_TOLERANCE_C)
                    .allMatch(limit -> measured.contains(limit.characteristic()));
            if (complete) {
                matches.add(new Match(item.itemId(), "measurement:" + lotId + "/" + sampleId + "@"
                        + Math.round(at.getAsDouble()) + "degC"));
            }
        }
        return matches;
    }

    /** Every rig run counts as a motor test; a run with a demagnetization result also as the demag test. */
    public static List<Match> motorPoint(Collection<Item> items, String runId, OperatingPointKind kind,
                                         Double demagnetizationLossPercent) {
        List<Match> matches = new ArrayList<>();
        for (Item item : items) {
            if (EvidenceType.MOTOR_TEST.equals(item.evidenceType())) {
                matches.add(new Match(item.itemId(), "motor-run:" + runId));
            } else if (EvidenceType.DEMAG_TEST.equals(item.evidenceType())
                    && kind == OperatingPointKind.KE_AFTER_DEMAG && demagnetizationLossPercent != null) {
                matches.add(new Match(item.itemId(), "demag-test:" + runId));
            }
        }
        return matches;
    }
}
