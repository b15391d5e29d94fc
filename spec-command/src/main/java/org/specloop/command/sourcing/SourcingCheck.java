package org.specloop.command.sourcing;

import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.SourcingRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The receipt check of a lot's declared chain against its spec: tier by tier against the qualified
 * chain, country exclusions by the day of receipt (DFARS 252.225-7052 widens in 2027), the minimum
 * chain-of-custody model, and completeness, since a tier left undeclared cannot be checked at all.
 */
public final class SourcingCheck {

    private SourcingCheck() {
    }

    public static SourcingFindings check(DeclaredChain declared, SourcingRules rules, QualifiedChain qualified,
                                         LocalDate receivedOn) {
        DeclaredChain chain = declared == null ? new DeclaredChain(List.of(), null) : declared;
        List<SourceSwap> swaps = new ArrayList<>();
        for (ChainLink link : chain.links()) {
            if (qualified.restricts(link.tier()) && !qualified.qualifies(link.tier(), link.sourceId())) {
                swaps.add(new SourceSwap(link.tier(), qualified.primary(link.tier()), link.sourceId()));
            }
        }
        List<RuleBreach> breaches = new ArrayList<>();
        if (demandsAnything(rules, qualified) && !chain.missingTiers().isEmpty()) {
            breaches.add(new RuleBreach(RuleBreach.INCOMPLETE_CHAIN, "the declared chain names no source for "
                    + chain.missingTiers() + "; every tier from mine to magnet maker must be declared"));
        }
        for (CountryExclusion exclusion : rules.countryExclusions()) {
            chain.at(exclusion.tier()).filter(link -> excludes(exclusion, link, receivedOn))
                    .ifPresent(link -> breaches.add(new RuleBreach(
                            exclusion.ruleReference() == null ? RuleBreach.COUNTRY_EXCLUSION : exclusion.ruleReference(),
                            link.tier() + " source " + link.sourceId() + " is in " + link.country() + ", excluded at "
                                    + exclusion.tier() + (exclusion.effectiveFrom() == null ? "" : " from " + exclusion.effectiveFrom())
                                    + "; lot received " + receivedOn)));
        }
        if (rules.minimumCustodyModel() != null
                && (chain.custodyModel() == null || !chain.custodyModel().satisfies(rules.minimumCustodyModel()))) {
            breaches.add(new RuleBreach(RuleBreach.MINIMUM_CUSTODY, "declared chain-of-custody model "
                    + (chain.custodyModel() == null ? "none" : chain.custodyModel()) + " is weaker than the required "
                    + rules.minimumCustodyModel() + " (ISO 22095)"));
        }
        return new SourcingFindings(swaps, breaches);
    }

    /** A spec with no sourcing rules at all makes no demand on the chain, so an incomplete one is no finding. */
    private static boolean demandsAnything(SourcingRules rules, QualifiedChain qualified) {
        return !qualified.isEmpty() || !rules.countryExclusions().isEmpty() || rules.minimumCustodyModel() != null;
    }

    private static boolean excludes(CountryExclusion exclusion, ChainLink link, LocalDate receivedOn) {
        return link.country() != null && exclusion.country() != null
                && link.country().toUpperCase(Locale.ROOT).equals(exclusion.country().toUpperCase(Locale.ROOT))
                && (exclusion.effectiveFrom() == null || !receivedOn.isBefore(exclusion.effectiveFrom()));
    }
}
