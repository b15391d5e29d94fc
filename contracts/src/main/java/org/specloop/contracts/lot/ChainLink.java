package org.specloop.contracts.lot;

import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;

/**
 * One tier of a lot's declared chain: which source, in which country, and optionally the ISO 22095
 * chain-of-custody model of that link. A link without one inherits the chain's model (receipts from
 * before per-link models carry none), see {@link DeclaredChain#custodyOf(ChainLink)}.
 */
public record ChainLink(Tier tier, String sourceId, String country, CustodyModel custodyModel) {

    public ChainLink(Tier tier, String sourceId, String country) {
        this(tier, sourceId, country, null);
    }
}
