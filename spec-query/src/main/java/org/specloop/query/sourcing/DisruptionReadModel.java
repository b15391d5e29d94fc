package org.specloop.query.sourcing;

import org.specloop.contracts.source.Tier;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Answers disruption scenarios. A source is unavailable when it is the one named, or when it sits in
 * the named country (at the named tier, if any) by the registry, or, for a source the registry does not
 * know, by a lot's declaration: a registered source's declared country counts for nothing here.
 */
@Repository
public class DisruptionReadModel {
    private final SupplyBase base;

    public DisruptionReadModel(SupplyBase base) {
        this.base = base;
    }

    public Disruption analyse(Disruption.Scenario scenario) {
        Map<String, SupplyBase.Source> sources = base.sources();
        List<SupplyBase.Link> links = base.links();
        Predicate<String> tierMatches = tier -> scenario.tier() == null || scenario.tier().equals(tier);
        Set<String> unavailable = new TreeSet<>();
        if (scenario.sourceId() != null) {
            unavailable.add(scenario.sourceId());
        } else {
            sources.values().stream().filter(s -> scenario.country().equals(s.country()) && tierMatches.test(s.tier()))
                    .forEach(s -> unavailable.add(s.sourceId()));
            links.stream().filter(l -> scenario.country().equals(l.country()) && tierMatches.test(l.tier()))
                    .forEach(l -> unavailable.add(l.sourceId()));
        }
        List<Disruption.AffectedSpecification> specs = specifications(unavailable);
        Map<String, Disruption.AffectedLot> lots = new LinkedHashMap<>();
        Set<String> allAffectedLots = new TreeSet<>();
        for (SupplyBase.Link link : links) {
            if (unavailable.contains(link.sourceId())) {
                allAffectedLots.add(link.lotId());
                if (!link.rejected()) {
                    lots.computeIfAbsent(link.lotId(), id -> new Disruption.AffectedLot(id, link.partNumber(), new ArrayList<>()))
                            .affectedTiers().add(link.tier());
                }
            }
        }
        Set<String> parts = new TreeSet<>();
        specs.stream().map(Disruption.AffectedSpecification::partNumber).filter(Objects::nonNull).forEach(parts::add);
        lots.values().stream().map(Disruption.AffectedLot::partNumber).filter(Objects::nonNull).forEach(parts::add);
        List<Disruption.SinglePoint> singlePoints = specs.stream().flatMap(s -> s.tiers().stream()
                .filter(Disruption.TierImpact::singlePointOfFailure)
                .map(t -> new Disruption.SinglePoint(s.specificationId(), t.tier()))).toList();
        return new Disruption(scenario, List.copyOf(unavailable), specs, List.copyOf(parts), List.copyOf(lots.values()),
                base.motorDesignsOf(List.copyOf(allAffectedLots)), singlePoints);
    }

    private List<Disruption.AffectedSpecification> specifications(Set<String> unavailable) {
        Map<String, SupplyBase.Spec> specs = base.specs();
        Map<String, Map<String, List<SupplyBase.Qualification>>> bySpecAndTier = new LinkedHashMap<>();
        base.qualified().forEach(q -> bySpecAndTier.computeIfAbsent(q.specificationId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(q.tier(), k -> new ArrayList<>()).add(q));
        List<Disruption.AffectedSpecification> affected = new ArrayList<>();
        bySpecAndTier.forEach((specId, tiers) -> {
            List<Disruption.TierImpact> impacts = new ArrayList<>();
            tiers.forEach((tier, qualified) -> {
                List<String> lost = qualified.stream().map(SupplyBase.Qualification::sourceId).filter(unavailable::contains).toList();
                if (!lost.isEmpty()) {
                    List<String> alternates = qualified.stream().map(SupplyBase.Qualification::sourceId)
                            .filter(s -> !unavailable.contains(s)).toList();
                    impacts.add(new Disruption.TierImpact(tier, lost, alternates, alternates.isEmpty()));
                }
            });
            // chain order, mine first, reads better than alphabetical
            impacts.sort((a, b) -> Tier.valueOf(a.tier()).compareTo(Tier.valueOf(b.tier())));
            if (!impacts.isEmpty()) {
                SupplyBase.Spec spec = specs.get(specId);
                affected.add(new Disruption.AffectedSpecification(specId, spec == null ? null : spec.partNumber(),
                        spec == null ? null : spec.grade(), impacts));
            }
        });
        affected.sort((a, b) -> Objects.compare(a.specificationId(), b.specificationId(), String::compareTo));
        return affected;
    }
}
