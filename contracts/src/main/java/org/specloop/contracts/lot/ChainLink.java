package org.specloop.contracts.lot;

import org.specloop.contracts.source.Tier;

/** One tier of a lot's declared chain: which source, in which country. */
public record ChainLink(Tier tier, String sourceId, String country) {
}
