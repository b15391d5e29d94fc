package org.specloop.command.sourcing;

import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.source.Tier;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the receipt check found: tiers whose source differs from the qualified chain, broken rules, and
 * contradictions with the source registry (kept apart: they always hold, never reject, since registry
 * facts can change and make the declaration right).
 */
public record SourcingFindings(List<SourceSwap> swaps, List<RuleBreach> breaches, List<RuleBreach> contradictions,
                               List<RuleBreach> lapses, List<RuleBreach> disqualifications) {

    public SourcingFindings {
        swaps = List.copyOf(swaps);
        breaches = List.copyOf(breaches);
        contradictions = contradictions == null ? List.of() : List.copyOf(contradictions);
        lapses = lapses == null ? List.of() : List.copyOf(lapses);
        disqualifications = disqualifications == null ? List.of() : List.copyOf(disqualifications);
    }

    public SourcingFindings(List<SourceSwap> swaps, List<RuleBreach> breaches, List<RuleBreach> contradictions,
                            List<RuleBreach> lapses) {
        this(swaps, breaches, contradictions, lapses, List.of());
    }

    /** A link names a disqualified source: held, never rejected (like lapses, the registry's fact may change). */
    public boolean sourceDisqualified() {
        return !disqualifications.isEmpty();
    }

    /** "separator SEP-A is disqualified: audit ..." */
    public String disqualificationText() {
        return disqualifications.stream().map(RuleBreach::message).collect(Collectors.joining("; "));
    }

    public SourcingFindings(List<SourceSwap> swaps, List<RuleBreach> breaches, List<RuleBreach> contradictions) {
        this(swaps, breaches, contradictions, List.of());
    }

    /** Required certificates missing or not valid: like contradictions they hold, since a renewal makes them right. */
    public boolean certificateLapsed() {
        return !lapses.isEmpty();
    }

    public String lapseText() {
        return lapses.stream().map(RuleBreach::toString).collect(Collectors.joining("; "));
    }

    public boolean registryContradicted() {
        return !contradictions.isEmpty();
    }

    /** "separator SEP-MY-1 is registered in MY, the receipt declares CN; ..." */
    public String contradictionText() {
        return contradictions.stream().map(RuleBreach::message).collect(Collectors.joining("; "));
    }

    public boolean sourceChanged() {
        return !swaps.isEmpty();
    }

    public boolean ruleBroken() {
        return !breaches.isEmpty();
    }

    /** A broken rule that depends on the day judged: a country exclusion in effect on that day. */
    public boolean datedRuleBroken() {
        return breaches.stream().anyMatch(RuleBreach::dated);
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
