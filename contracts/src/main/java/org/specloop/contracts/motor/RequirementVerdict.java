package org.specloop.contracts.motor;

import org.specloop.contracts.lot.Verdict;

/**
 * One motor requirement checked at one operating point, e.g. ("efficiency IE4", PASS, 93.6, 93.3, "%").
 * measured is null when NOT_MEASURED; limit is null when the requirement has no numeric limit.
 */
public record RequirementVerdict(String requirement, Verdict verdict, Double measured, Double limit, String unit) {
}
