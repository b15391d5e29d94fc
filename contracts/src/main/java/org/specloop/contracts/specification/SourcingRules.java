package org.specloop.contracts.specification;

import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.source.CustodyModel;

import java.util.List;

/**
 * Where material for a spec may come from: qualified chain, excluded countries per tier, minimum custody model,
 * certificate kinds required per tier on top of the configured tier defaults, and the records a source change
 * must produce (first article, PPAP level). Revisions stored before {@code requiredCertificates} existed read it
 * as empty, before {@code requalification} as the defaults.
 */
public record SourcingRules(List<QualifiedSource> qualifiedSources, List<CountryExclusion> countryExclusions,
                            CustodyModel minimumCustodyModel, List<RequiredCertificate> requiredCertificates,
                            RequalificationRecords requalification) {

    public SourcingRules {
        qualifiedSources = qualifiedSources == null ? List.of() : List.copyOf(qualifiedSources);
        countryExclusions = countryExclusions == null ? List.of() : List.copyOf(countryExclusions);
        requiredCertificates = requiredCertificates == null ? List.of() : List.copyOf(requiredCertificates);
        requalification = requalification == null ? RequalificationRecords.defaults() : requalification;
    }

    public SourcingRules(List<QualifiedSource> qualifiedSources, List<CountryExclusion> countryExclusions,
                         CustodyModel minimumCustodyModel, List<RequiredCertificate> requiredCertificates) {
        this(qualifiedSources, countryExclusions, minimumCustodyModel, requiredCertificates, null);
    }

    public SourcingRules(List<QualifiedSource> qualifiedSources, List<CountryExclusion> countryExclusions,
                         CustodyModel minimumCustodyModel) {
        this(qualifiedSources, countryExclusions, minimumCustodyModel, List.of(), null);
    }

    public static SourcingRules none() {
        return new SourcingRules(List.of(), List.of(), null, List.of(), null);
    }
}
