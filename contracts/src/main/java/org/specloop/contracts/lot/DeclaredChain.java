package org.specloop.contracts.lot;

import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The chain a supplier declares for a lot, tier by tier, with its chain-of-custody model. */
public record DeclaredChain(List<ChainLink> links, CustodyModel custodyModel) {

    public DeclaredChain {
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Optional<ChainLink> at(Tier tier) {
        return links.stream().filter(l -> l.tier() == tier).findFirst();
    }

    public List<Tier> missingTiers() {
        return Arrays.stream(Tier.values()).filter(t -> at(t).isEmpty()).toList();
    }
}
