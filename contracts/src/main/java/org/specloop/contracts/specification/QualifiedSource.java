package org.specloop.contracts.specification;

import org.specloop.contracts.source.Tier;

/** A source qualified for this spec at one tier of the chain. */
public record QualifiedSource(Tier tier, String sourceId) {
}
