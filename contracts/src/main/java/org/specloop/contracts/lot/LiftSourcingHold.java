package org.specloop.contracts.lot;

/**
 * A sourcing hold no longer applies (the new chain was qualified, or a revision dropped the rule);
 * the lot is released when nothing else holds it and its last evaluation passed.
 */
public record LiftSourcingHold(String lotId, HoldCategory category, String reason, String actor) {
}
