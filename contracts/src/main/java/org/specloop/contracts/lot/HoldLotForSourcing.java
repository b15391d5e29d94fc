package org.specloop.contracts.lot;

/**
 * The receipt check holds a lot because its declared chain differs from the qualified chain
 * (SOURCE_CHANGE) or breaks a sourcing rule (SOURCING_RULE); the reason cites the tier, sources and rule.
 */
public record HoldLotForSourcing(String lotId, HoldCategory category, String reason, String actor) {
}
