package org.specloop.command.sourcing;

import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.source.Tier;

import java.util.List;
import java.util.stream.Collectors;

/** What the receipt check found: tiers whose source differs from the qualified chain, and broken rules. */
public record SourcingFindings(List<SourceSwap> swaps, List<RuleBreach> breaches) {

    public SourcingFindings {
        swaps = List.copyOf(swaps);
        breaches = List.copyOf(breaches);
    }

    public boolean sourceChanged() {
        return !swaps.isEmpty();
    }

    public boolean ruleBroken() {
        return !breaches.isEmpty();
    }

    /** Lots with the same key come from the same new chain and belong to the same engineering change. */
    public String chainKey() {
        return chainKeyOf(swaps);
    }

    public static String chainKeyOf(List<SourceSwap> swaps) {
        return swaps.stream().sorted((a, b) -> a.tier().compareTo(b.tier()))
                .map(s -> s.tier() + "=" + s.newSourceId()).collect(Collectors.joining(";"));
    }

    public String swapText() {
        return swaps.stream().map(s -> s.tier() + ": " + s.previousSourceId() + " -> " + s.newSourceId())
                .collect(Collectors.joining(", "));
    }

    public String breachText() {
        return breaches.stream().map(RuleBreach::toString).collect(Collectors.joining("; "));
    }

    public List<Tier> changedTiers() {
        return swaps.stream().map(SourceSwap::tier).toList();
    }
}
