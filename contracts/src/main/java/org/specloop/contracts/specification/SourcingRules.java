package org.specloop.contracts.specification;

import org.specloop.contracts.source.CustodyModel;

import java.util.List;

/** Where material for a spec may come from: qualified chain, excluded countries per tier, minimum custody model. */
public record SourcingRules(List<QualifiedSource> qualifiedSources, List<CountryExclusion> countryExclusions,
                            CustodyModel minimumCustodyModel) {

    public SourcingRules {
        qualifiedSources = qualifiedSources == null ? List.of() : List.copyOf(qualifiedSources);
        countryExclusions = countryExclusions == null ? List.of() : List.copyOf(countryExclusions);
    }

    public static SourcingRules none() {
        return new SourcingRules(List.of(), List.of(), null);
    }
}
