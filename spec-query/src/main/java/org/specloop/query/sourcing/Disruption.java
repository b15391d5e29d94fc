package org.specloop.query.sourcing;

import java.util.List;

/**
 * What a scenario "source X, or country Y (at tier Z), becomes unavailable" affects: specs and the
 * tiers where they lose sources, with the qualified alternates left; parts; lots in stock (not
 * rejected) made with the lost sources; motor designs built with such lots; and the single points of
 * failure, the spec tiers left without any qualified source.
 */
public record Disruption(Scenario scenario, List<String> unavailableSources, List<AffectedSpecification> specifications,
                         List<String> parts, List<AffectedLot> lotsInStock, List<String> motorDesigns,
                         List<SinglePoint> singlePointsOfFailure) {

    public record Scenario(String sourceId, String country, String tier) {
    }

    public record AffectedSpecification(String specificationId, String partNumber, String grade, List<TierImpact> tiers) {
    }

    public record TierImpact(String tier, List<String> unavailable, List<String> qualifiedAlternates,
                             boolean singlePointOfFailure) {
    }

    public record AffectedLot(String lotId, String partNumber, List<String> affectedTiers) {
    }

    public record SinglePoint(String specificationId, String tier) {
    }
}
