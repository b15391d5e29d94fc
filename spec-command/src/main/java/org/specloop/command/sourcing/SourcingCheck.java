package org.specloop.command.sourcing;

import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.RequiredCertificate;
import org.specloop.contracts.specification.SourcingRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The receipt check of a lot's declared chain against its spec: tier by tier against the qualified
 * chain, country exclusions by the day judged (DFARS 252.225-7052 widens in 2027), the minimum
 * chain-of-custody model (the weakest link's, ISO 22095), completeness, since a tier left undeclared cannot
 * be checked at all, and each link against the supply source registry ({@link RegistryCheck}). Country rules
 * judge the registry's country of a registered source, not the declared one.
 */
public final class SourcingCheck {

    private SourcingCheck() {
    }

    public static SourcingFindings check(DeclaredChain declared, SourcingRules rules, QualifiedChain qualified,
                                         SourceRegistry registry, LocalDate receivedOn) {
        return check(declared, rules, qualified, registry, receivedOn, List.of(), receivedOn);
    }

    /**
     * With certificates: the spec's required kinds always, the tier defaults only for a spec that makes a sourcing
     * demand at all. Certificates and country exclusions are judged on {@code judgedOn} (the later of receipt and
     * today for stock not yet released): an exclusion whose date passes while a lot is in incoming inspection
     * applies to it, as an expiry does.
     */
    public static SourcingFindings check(DeclaredChain declared, SourcingRules rules, QualifiedChain qualified,
                                         SourceRegistry registry, LocalDate receivedOn,
                                         List<RequiredCertificate> tierDefaults, LocalDate judgedOn) {
        DeclaredChain chain = declared == null ? new DeclaredChain(List.of(), null) : declared;
        // a spec that makes no sourcing demand does not govern provenance: its lots are not held for the registry
        // either (the read models still use the registry's country, so a false declaration spreads nowhere)
        List<RuleBreach> contradictions = demandsAnything(rules, qualified) ? RegistryCheck.check(chain, registry) : List.of();
        List<SourceSwap> swaps = new ArrayList<>();
        for (ChainLink link : chain.links()) {
            if (qualified.restricts(link.tier()) && !qualified.qualifies(link.tier(), link.sourceId())) {
                // a relocated source replaces itself: its lots join the change requalifying it at the new site
                swaps.add(new SourceSwap(link.tier(), qualified.underRequalification(link.tier(), link.sourceId())
                        ? link.sourceId() : qualified.primary(link.tier()), link.sourceId()));
            }
        }
        List<RuleBreach> breaches = new ArrayList<>();
        if (demandsAnything(rules, qualified) && !chain.missingTiers().isEmpty()) {
            breaches.add(new RuleBreach(RuleBreach.INCOMPLETE_CHAIN, "the declared chain names no source for "
                    + chain.missingTiers() + "; every tier from mine to magnet maker must be declared"));
        }
        for (CountryExclusion exclusion : rules.countryExclusions()) {
            chain.at(exclusion.tier()).filter(link -> excludes(exclusion, RegistryCheck.countryOf(link, registry), judgedOn))
                    .ifPresent(link -> breaches.add(new RuleBreach(
                            exclusion.ruleReference() == null ? RuleBreach.COUNTRY_EXCLUSION : exclusion.ruleReference(),
                            link.tier() + " source " + link.sourceId() + " is in " + RegistryCheck.countryOf(link, registry)
                                    + ", excluded at "
                                    + exclusion.tier() + (exclusion.effectiveFrom() == null ? "" : " from " + exclusion.effectiveFrom())
                                    + "; lot received " + receivedOn
                                    + (judgedOn.isAfter(receivedOn) ? ", not released on " + judgedOn : ""),
                            exclusion.effectiveFrom() != null)));
        }
        CustodyModel effective = chain.effectiveCustodyModel();
        if (rules.minimumCustodyModel() != null && (effective == null || !effective.satisfies(rules.minimumCustodyModel()))) {
            breaches.add(new RuleBreach(RuleBreach.MINIMUM_CUSTODY, "declared chain-of-custody model "
                    + (effective == null ? "none" : effective) + weakestLinks(chain, effective)
                    + " is weaker than the required " + rules.minimumCustodyModel() + " (ISO 22095)"));
        }
        List<RequiredCertificate> required = new ArrayList<>(rules.requiredCertificates());
        if (demandsAnything(rules, qualified)) {
            required.addAll(tierDefaults);
        }
        List<RuleBreach> lapses = CertificateCheck.check(chain, required, registry, judgedOn);
        return new SourcingFindings(swaps, breaches, contradictions, lapses, disqualifications(chain, registry));
    }

    /**
     * A disqualified source qualifies no lot of any spec, rules or not: the disqualification is a quality engineer's
     * decision about the source itself, not a sourcing demand of one spec.
     */
    private static List<RuleBreach> disqualifications(DeclaredChain chain, SourceRegistry registry) {
        List<RuleBreach> found = new ArrayList<>();
        for (ChainLink link : chain.links()) {
            registry.find(link.sourceId()).filter(RegisteredSource::disqualified).ifPresent(source -> found.add(
                    new RuleBreach(RuleBreach.DISQUALIFIED_SOURCE, RegistryCheck.tierName(link.tier()) + " " + source.sourceId()
                            + " is disqualified: " + source.disqualifiedReason())));
        }
        return found;
    }

    /** A spec with no sourcing rules at all makes no demand on the chain, so an incomplete one is no finding. */
    private static boolean demandsAnything(SourcingRules rules, QualifiedChain qualified) {
        return !qualified.isEmpty() || !rules.countryExclusions().isEmpty() || rules.minimumCustodyModel() != null
                || !rules.requiredCertificates().isEmpty();
    }

    /** Names the links that set the lot's model, when links declare models of their own. */
    private static String weakestLinks(DeclaredChain chain, CustodyModel effective) {
        if (chain.links().stream().allMatch(l -> l.custodyModel() == null)) {
            return ""; // the chain's own model, nothing to point at
        }
        return " (weakest link: " + String.join(", ", chain.links().stream().filter(l -> chain.custodyOf(l) == effective)
                .map(l -> l.tier() + " " + l.sourceId()).toList()) + ")";
    }

    private static boolean excludes(CountryExclusion exclusion, String country, LocalDate judgedOn) {
        return country != null && exclusion.country() != null
                && country.toUpperCase(Locale.ROOT).equals(exclusion.country().toUpperCase(Locale.ROOT))
                && (exclusion.effectiveFrom() == null || !judgedOn.isBefore(exclusion.effectiveFrom()));
    }
}
