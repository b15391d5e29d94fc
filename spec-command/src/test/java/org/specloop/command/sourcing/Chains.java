package org.specloop.command.sourcing;

import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.SourcingRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Chains of the sourcing tests: A (qualified) and variants of it. */
public final class Chains {
    public static final LocalDate DFARS_WIDENS = LocalDate.of(2027, 1, 1);

    private Chains() {
    }

    /** "MINE-A:AU" ... one per tier, mine first. */
    public static DeclaredChain chain(CustodyModel custody, String... links) {
        List<ChainLink> result = new ArrayList<>();
        for (int i = 0; i < links.length; i++) {
            String[] parts = links[i].split(":");
            result.add(new ChainLink(Tier.values()[i], parts[0], parts[1]));
        }
        return new DeclaredChain(result, custody);
    }

    public static DeclaredChain chainA() {
        return chain(CustodyModel.SEGREGATED, "MINE-A:AU", "CONC-A:AU", "SEP-A:MY", "METAL-A:VN", "ALLOY-A:EE", "MAG-A:DE");
    }

    public static DeclaredChain chainAWithAlloy(String alloy, String country) {
        return chain(CustodyModel.SEGREGATED, "MINE-A:AU", "CONC-A:AU", "SEP-A:MY", "METAL-A:VN", alloy + ":" + country, "MAG-A:DE");
    }

    public static DeclaredChain chainAWithSeparator(String separator, String country) {
        return chain(CustodyModel.SEGREGATED, "MINE-A:AU", "CONC-A:AU", separator + ":" + country, "METAL-A:VN", "ALLOY-A:EE", "MAG-A:DE");
    }

    public static List<QualifiedSource> qualified(DeclaredChain chain) {
        return chain.links().stream().map(l -> new QualifiedSource(l.tier(), l.sourceId())).toList();
    }

    /** DFARS 252.225-7052 as the demo spec carries it, for China only. */
    public static SourcingRules dfarsRules(DeclaredChain qualifiedChain, CustodyModel minimum) {
        List<CountryExclusion> exclusions = new ArrayList<>();
        exclusions.add(new CountryExclusion(Tier.MAGNET_MAKER, "CN", LocalDate.of(2019, 1, 1), "DFARS 252.225-7052(b)(1)"));
        exclusions.add(new CountryExclusion(Tier.ALLOY_MAKER, "CN", LocalDate.of(2019, 1, 1), "DFARS 252.225-7052(b)(1)"));
        for (Tier upstream : List.of(Tier.MINE, Tier.CONCENTRATOR, Tier.SEPARATOR, Tier.METAL_MAKER)) {
            exclusions.add(new CountryExclusion(upstream, "CN", DFARS_WIDENS, "DFARS 252.225-7052(b)(2)"));
        }
        return new SourcingRules(qualified(qualifiedChain), exclusions, minimum);
    }
}
