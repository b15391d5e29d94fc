package org.specloop.query.sourcing;

import java.util.List;

/**
 * Concentration risk of the supply base. Sources rank by the number of specs they are the only
 * qualified source for (at their tier), then by their share of the lots received at their tier.
 * Country concentration per tier is the Herfindahl-Hirschman index of the lot shares, 0 to 10000
 * (10000: every lot from one country).
 */
public record SourceRiskView(List<SourceRisk> sources, List<SingleSourcedTier> singleSourcedTiers,
                             List<TierConcentration> countryConcentration) {

    public record SourceRisk(String sourceId, String name, String tier, String country, long lots, double lotShareInTier,
                             List<String> singleSourceFor, int qualifiedFor, List<String> expiredCertificates) {
    }

    public record SingleSourcedTier(String specificationId, String tier, String sourceId) {
    }

    public record TierConcentration(String tier, long lots, List<CountryShare> countries, double hhi) {
    }

    public record CountryShare(String country, long lots, double share) {
    }
}
