package org.specloop.contracts.specification;

import org.specloop.contracts.source.Tier;

/**
 * A certificate kind every source at a tier must hold, valid on the day a lot is judged (docs/sourcing.md).
 * {@code kind} may name alternatives separated by "|" (e.g. "RMI RMAP|RMI conformant"): any one of them suffices.
 *
 * @param ruleReference what the requirement cites in a hold reason (e.g. "OEM CSR 4.2"); optional
 */
public record RequiredCertificate(Tier tier, String kind, String ruleReference) {
}
