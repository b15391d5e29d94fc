package org.specloop.command.sourcing;

import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.QualifiedSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources qualified for a spec per tier: those of its effective revision, in revision order,
 * followed by those qualified later through approved engineering changes. A source under requalification in
 * place (a relocation's open change) still restricts its tier but qualifies no lot until the change is approved.
 */
public final class QualifiedChain {
    private final Map<Tier, Set<String>> byTier = new EnumMap<>(Tier.class);
    private final Set<QualifiedSource> suspended;

    public QualifiedChain(Collection<QualifiedSource> revisionSources, Collection<QualifiedSource> changeQualified) {
        this(revisionSources, changeQualified, List.of());
    }

    public QualifiedChain(Collection<QualifiedSource> revisionSources, Collection<QualifiedSource> changeQualified,
                          Collection<QualifiedSource> underRequalification) {
        List<QualifiedSource> all = new ArrayList<>(revisionSources);
        all.addAll(changeQualified);
        all.forEach(s -> byTier.computeIfAbsent(s.tier(), t -> new LinkedHashSet<>()).add(s.sourceId()));
        suspended = Set.copyOf(underRequalification);
    }

    /** Qualified by the revision or a change, whether or not a requalification in place is open. */
    public boolean named(Tier tier, String sourceId) {
        return byTier.getOrDefault(tier, Set.of()).contains(sourceId);
    }

    /** Named, but a relocation's requalification of it is not approved yet. */
    public boolean underRequalification(Tier tier, String sourceId) {
        return suspended.contains(new QualifiedSource(tier, sourceId));
    }

    /** A tier the spec names no source for is not restricted. */
    public boolean restricts(Tier tier) {
        return byTier.containsKey(tier);
    }

    public boolean qualifies(Tier tier, String sourceId) {
        return named(tier, sourceId) && !underRequalification(tier, sourceId);
    }

    /** The source a differing lot replaces: the first one the spec qualified at that tier. */
    public String primary(Tier tier) {
        return byTier.getOrDefault(tier, Set.of()).stream().findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return byTier.isEmpty();
    }
}
