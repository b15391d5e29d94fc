package org.specloop.command.sourcing;

import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each declared link against the supply source registry: the source registered, of the declared tier,
 * in the declared country. A contradiction is reported with the registry's fact and never corrected:
 * the receipt stays as the supplier sent it, and the lot is held until the two agree. Grades are not
 * checked here: the registry does not model which grades a source may supply.
 */
final class RegistryCheck {
    static final String RULE = "source-registry";

    private RegistryCheck() {
    }

    static List<RuleBreach> check(DeclaredChain chain, SourceRegistry registry) {
        List<RuleBreach> breaches = new ArrayList<>();
        for (ChainLink link : chain.links()) {
            String tier = tierName(link.tier());
            Optional<RegisteredSource> registered = registry.find(link.sourceId());
            if (registered.isEmpty()) {
                breaches.add(new RuleBreach(RULE, tier + " " + link.sourceId() + " is not registered"));
                continue;
            }
            RegisteredSource source = registered.get();
            if (source.tier() != link.tier()) {
                breaches.add(new RuleBreach(RULE, tier + " " + link.sourceId() + " is registered as "
                        + tierName(source.tier()) + ", the receipt declares it at " + tier));
            }
            if (!sameCountry(source.country(), link.country())) {
                breaches.add(new RuleBreach(RULE, tier + " " + link.sourceId() + " is registered in " + source.country()
                        + ", the receipt declares " + link.country()));
            }
        }
        return breaches;
    }

    /** The country a rule judges: the registry's for a registered source, so a false declaration cannot dodge it. */
    static String countryOf(ChainLink link, SourceRegistry registry) {
        return registry.find(link.sourceId()).map(RegisteredSource::country).orElse(link.country());
    }

    /** "metal maker" rather than METAL_MAKER: the reason is read by people. */
    static String tierName(Tier tier) {
        return tier == null ? "unknown tier" : tier.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static boolean sameCountry(String a, String b) {
        return a != null && b != null && a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT));
    }
}
