package org.specloop.contracts.change;

import org.specloop.contracts.source.Tier;

/** The tier whose source changed, from which to which source. */
public record SourceSwap(Tier tier, String previousSourceId, String newSourceId) {
}
