package org.specloop.query.sourcing;

import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Ranks sources by concentration risk; lot shares count every lot received, whatever its disposition. */
@Repository
public class RiskReadModel {
    private final SupplyBase base;

    public RiskReadModel(SupplyBase base) {
        this.base = base;
    }

    public SourceRiskView risk(LocalDate today) {
        Map<String, SupplyBase.Source> sources = base.sources();
        List<SupplyBase.Link> links = base.links();
        Map<String, Long> lotsPerTier = new HashMap<>();
        Map<String, Long> lotsPerSource = new HashMap<>();
        Map<String, String> tierOfSource = new HashMap<>();
        Map<String, String> countryOfSource = new HashMap<>();
        Map<String, Map<String, Long>> countriesPerTier = new TreeMap<>();
        for (SupplyBase.Link link : links) {
            lotsPerTier.merge(link.tier(), 1L, Long::sum);
            lotsPerSource.merge(link.sourceId(), 1L, Long::sum);
            tierOfSource.putIfAbsent(link.sourceId(), link.tier());
            countryOfSource.putIfAbsent(link.sourceId(), link.country());
            countriesPerTier.computeIfAbsent(link.tier(), t -> new TreeMap<>())
                    .merge(link.country() == null ? "unknown" : link.country(), 1L, Long::sum);
        }
        Map<String, List<String>> qualifiedPerSpecTier = new LinkedHashMap<>();
        Map<String, Integer> qualifiedFor = new HashMap<>();
        for (SupplyBase.Qualification q : base.qualified()) {
            qualifiedPerSpecTier.computeIfAbsent(q.specificationId() + "|" + q.tier(), k -> new ArrayList<>()).add(q.sourceId());
            qualifiedFor.merge(q.sourceId(), 1, Integer::sum);
            tierOfSource.putIfAbsent(q.sourceId(), q.tier());
        }
        List<SourceRiskView.SingleSourcedTier> singleSourced = new ArrayList<>();
        Map<String, List<String>> singleSourceFor = new HashMap<>();
        qualifiedPerSpecTier.forEach((key, qualified) -> {
            if (qualified.size() == 1) {
                String[] parts = key.split("\\|", 2);
                singleSourced.add(new SourceRiskView.SingleSourcedTier(parts[0], parts[1], qualified.get(0)));
                singleSourceFor.computeIfAbsent(qualified.get(0), k -> new ArrayList<>()).add(parts[0]);
            }
        });
        Map<String, List<String>> expired = base.expiredCertificates(today);
        List<String> ids = new ArrayList<>(sources.keySet());
        tierOfSource.keySet().stream().filter(id -> !sources.containsKey(id)).forEach(ids::add);
        List<SourceRiskView.SourceRisk> ranked = ids.stream().map(id -> {
            SupplyBase.Source registered = sources.get(id);
            String tier = registered != null ? registered.tier() : tierOfSource.get(id);
            long lots = lotsPerSource.getOrDefault(id, 0L);
            return new SourceRiskView.SourceRisk(id, registered == null ? null : registered.name(), tier,
                    registered != null ? registered.country() : countryOfSource.get(id), lots,
                    Concentration.share(lots, lotsPerTier.getOrDefault(tier, 0L)), singleSourceFor.getOrDefault(id, List.of()),
                    qualifiedFor.getOrDefault(id, 0), expired.getOrDefault(id, List.of()));
        }).sorted(Comparator.comparingInt((SourceRiskView.SourceRisk r) -> r.singleSourceFor().size()).reversed()
                .thenComparing(Comparator.comparingDouble(SourceRiskView.SourceRisk::lotShareInTier).reversed())
                .thenComparing(SourceRiskView.SourceRisk::sourceId)).toList();
        List<SourceRiskView.TierConcentration> concentration = new ArrayList<>();
        countriesPerTier.forEach((tier, counts) -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            List<SourceRiskView.CountryShare> shares = counts.entrySet().stream()
                    .map(e -> new SourceRiskView.CountryShare(e.getKey(), e.getValue(), Concentration.share(e.getValue(), total)))
                    .sorted(Comparator.comparingLong(SourceRiskView.CountryShare::lots).reversed()
                            .thenComparing(SourceRiskView.CountryShare::country)).toList();
            concentration.add(new SourceRiskView.TierConcentration(tier, total, shares, Concentration.hhi(counts.values())));
        });
        return new SourceRiskView(ranked, singleSourced, concentration);
    }
}
