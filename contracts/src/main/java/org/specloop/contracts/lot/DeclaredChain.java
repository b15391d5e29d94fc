package org.specloop.contracts.lot;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The chain a supplier declares for a lot, tier by tier, with its chain-of-custody model: the model
 * of the lot as a whole, and the default of every link that declares none of its own.
 */
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

    /** The link's own model, else the chain's; null when neither is declared. */
    public CustodyModel custodyOf(ChainLink link) {
        return link.custodyModel() != null ? link.custodyModel() : custodyModel;
    }

    /**
     * The model the lot can claim: material is only as traceable as its weakest link (ISO 22095), so
     * the weakest of the links' models; null (not declared) when any link has none and the chain
     * gives no default. A chain without links has the chain's model.
     */
    @JsonIgnore
    public CustodyModel effectiveCustodyModel() {
        CustodyModel weakest = custodyModel;
        if (!links.isEmpty()) {
            weakest = null;
            for (ChainLink link : links) {
                CustodyModel model = custodyOf(link);
                if (model == null) {
                    return null;
                }
                if (weakest == null || model.ordinal() < weakest.ordinal()) {
                    weakest = model;
                }
            }
        }
        return weakest;
    }
}
