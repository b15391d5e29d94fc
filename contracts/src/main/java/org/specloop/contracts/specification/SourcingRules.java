package org.specloop.contracts.specification;

import org.specloop.contracts.source.CustodyModel;

import java.util.List;

/**
 * Where material for a spec may come from: qualified chain, excluded countries per tier, minimum custody model,
 * and certificate kinds required per tier on top of the configured tier defaults. Revisions stored before
 * {@code requiredCertificates} existed read it as empty.
 */
public record SourcingRules(List<QualifiedSource> qualifiedSources, List<CountryExclusion> countryExclusions,
                            CustodyModel minimumCustodyModel, List<RequiredCertificate> requiredCertificates) {

    public SourcingRules {
        qualifiedSources = qualifiedSources == null ? List.of() : List.copyOf(qualifiedSources);
        countryExclusions = countryExclusions == null ? List.of() : List.copyOf(countryExclusions);
        requiredCertificates = requiredCertificates == null ? List.of() : List.copyOf(requiredCertificates);
    }

    public SourcingRules(List<QualifiedSource> qualifiedSources, List<CountryExclusion> countryExclusions,
                         CustodyModel minimumCustodyModel) {
        this(qualifiedSources, countryExclusions, minimumCustodyModel, List.of());
    }

    public static SourcingRules none() {
        return new SourcingRules(List.of(), List.of(), null, List.of());
    }
}
