package org.specloop.calculations.motor.verdict;

import java.util.OptionalDouble;

/**
 * The verdict on one requirement with its evidence: what was measured, the limits it was
 * held to (lower, upper or both), their unit, and a note when something needs saying.
 */
public record RequirementCheck(Requirement requirement, Outcome outcome, OptionalDouble measured,
                                 OptionalDouble lowerLimit, OptionalDouble upperLimit, String unit,
                                 String note) {
}
