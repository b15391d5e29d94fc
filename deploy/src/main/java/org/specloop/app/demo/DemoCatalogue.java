package org.specloop.app.demo;

import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.RegisterSupplySource;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo world: two chains from mine to magnet maker (fictional companies, real countries) and
 * two sintered NdFeB grades from domain.md, 42SH and 38UH, with DFARS-style country exclusions.
 */
final class DemoCatalogue {
    static final String SPEC_42SH = "SPEC-RTR-42SH";
    static final String SPEC_38UH = "SPEC-RTR-38UH";
    static final String PART_42SH = "RTR-MAG-42SH-01";
    static final String PART_38UH = "RTR-MAG-38UH-01";
    static final String STANDARD = "IEC 60404-8-1";

    private DemoCatalogue() {
    }

    /** Chain A: Australia to Germany; chain B: United States to Japan. */
    static List<RegisterSupplySource> sources() {
        return List.of(
                source("MINE-AU-1", "Yilgarn Rare Earths", Tier.MINE, "AU", "CONC-AU-1"),
                source("CONC-AU-1", "Kalgoorlie Concentrates", Tier.CONCENTRATOR, "AU", "SEP-MY-1"),
                source("SEP-MY-1", "Kuantan Separation", Tier.SEPARATOR, "MY", "METAL-VN-1"),
                source("METAL-VN-1", "Hai Phong Metals", Tier.METAL_MAKER, "VN", "ALLOY-EE-1"),
                source("ALLOY-EE-1", "Narva Alloys", Tier.ALLOY_MAKER, "EE", "MAG-DE-1"),
                source("MAG-DE-1", "Hanau Magnetics", Tier.MAGNET_MAKER, "DE", null),
                source("MINE-US-1", "Mojave Ridge Mining", Tier.MINE, "US", "CONC-US-1"),
                source("CONC-US-1", "Mojave Concentrator", Tier.CONCENTRATOR, "US", "SEP-US-1"),
                source("SEP-US-1", "Gulf Coast Separations", Tier.SEPARATOR, "US", "METAL-JP-1"),
                source("METAL-JP-1", "Kyushu Rare Metals", Tier.METAL_MAKER, "JP", "ALLOY-JP-1"),
                source("ALLOY-JP-1", "Shin-Etsu Strip Cast", Tier.ALLOY_MAKER, "JP", "MAG-JP-1"),
                source("MAG-JP-1", "Takefu Magnet Works", Tier.MAGNET_MAKER, "JP", null));
    }

    static DeclaredChain chainA() {
        return chain("MINE-AU-1:AU", "CONC-AU-1:AU", "SEP-MY-1:MY", "METAL-VN-1:VN", "ALLOY-EE-1:EE", "MAG-DE-1:DE");
    }

    static DeclaredChain chainB() {
        return chain("MINE-US-1:US", "CONC-US-1:US", "SEP-US-1:US", "METAL-JP-1:JP", "ALLOY-JP-1:JP", "MAG-JP-1:JP");
    }

    /** Chain A, but with chain B's alloy maker: an undeclared source change at ALLOY_MAKER. */
    static DeclaredChain chainAWithAlloyFromB() {
        return chain("MINE-AU-1:AU", "CONC-AU-1:AU", "SEP-MY-1:MY", "METAL-VN-1:VN", "ALLOY-JP-1:JP", "MAG-DE-1:DE");
    }

    /** 42SH: Br 1.30-1.33 T, HcJ >= 1592 kA/m, (BH)max >= 318 kJ/m3, 150 degC working temperature. */
    static RevisionContent spec42SH(double hcjMinAt20) {
        return new RevisionContent(List.of(
                limit(Characteristic.BR, 1.30, 1.33, 20),
                limit(Characteristic.HCJ, hcjMinAt20, null, 20),
                limit(Characteristic.BH_MAX, 318.0, null, 20),
                // HcJ(150) = HcJ(20) * (1 + beta * 130) with beta about -0.55 %/K
                limit(Characteristic.HCJ, 450.0, null, 150)),
                List.of(new CompositionRange("Dy", 0.0, 4.0), new CompositionRange("Tb", 0.0, 1.0)),
                rules(chainA(), CustodyModel.SEGREGATED), 150.0);
    }

    /** 38UH: Br 1.22-1.26 T, HcJ >= 1990 kA/m, (BH)max >= 287 kJ/m3, 180 degC working temperature. */
    static RevisionContent spec38UH() {
        return new RevisionContent(List.of(
                limit(Characteristic.BR, 1.22, 1.26, 20),
                limit(Characteristic.HCJ, 1990.0, null, 20),
                limit(Characteristic.BH_MAX, 287.0, null, 20)),
                List.of(new CompositionRange("Dy", 2.0, 7.0), new CompositionRange("Tb", 0.0, 2.0)),
                rules(chainB(), CustodyModel.MASS_BALANCE), 180.0);
    }

    private static SourcingRules rules(DeclaredChain qualified, CustodyModel minimum) {
        List<QualifiedSource> sources = qualified.links().stream()
                .map(l -> new QualifiedSource(l.tier(), l.sourceId())).toList();
        List<CountryExclusion> exclusions = new ArrayList<>();
        for (String country : List.of("CN", "RU", "KP", "IR")) {
            // DFARS 252.225-7052: melting and magnet production now; mining, refining, separation from 2027
            exclusions.add(new CountryExclusion(Tier.MAGNET_MAKER, country, LocalDate.of(2019, 1, 1), "DFARS 252.225-7052(b)(1)"));
            exclusions.add(new CountryExclusion(Tier.ALLOY_MAKER, country, LocalDate.of(2019, 1, 1), "DFARS 252.225-7052(b)(1)"));
            for (Tier upstream : List.of(Tier.MINE, Tier.CONCENTRATOR, Tier.SEPARATOR, Tier.METAL_MAKER)) {
                exclusions.add(new CountryExclusion(upstream, country, LocalDate.of(2027, 1, 1), "DFARS 252.225-7052(b)(2)"));
            }
        }
        return new SourcingRules(sources, exclusions, minimum);
    }

    private static CharacteristicLimit limit(Characteristic c, Double min, Double max, double temperature) {
        return new CharacteristicLimit(c, min, max, null, temperature, STANDARD);
    }

    private static RegisterSupplySource source(String id, String name, Tier tier, String country, String suppliesTo) {
        List<Certificate> certificates = new ArrayList<>(List.of(
                new Certificate("ISO 9001", id + "-Q", "TUV", LocalDate.of(2024, 3, 1), LocalDate.of(2027, 3, 1)),
                new Certificate("RMI RMAP", id + "-R", "RMI", LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 1))));
        if (id.startsWith("SEP")) {
            // one expired certificate in each chain, so that the finding shows on the sources page: an
            // ISO 14001, which no tier requires by default, so the demo's lots are judged on their magnets
            certificates.add(new Certificate("ISO 14001", id + "-E", "TUV", LocalDate.of(2022, 6, 1), LocalDate.of(2025, 6, 1)));
        }
        return new RegisterSupplySource(id, name, tier, country, suppliesTo == null ? List.of() : List.of(suppliesTo), certificates);
    }

    private static DeclaredChain chain(String... tierLinks) {
        Tier[] tiers = Tier.values();
        List<ChainLink> links = new ArrayList<>();
        for (int i = 0; i < tierLinks.length; i++) {
            String[] parts = tierLinks[i].split(":");
            links.add(new ChainLink(tiers[i], parts[0], parts[1]));
        }
        return new DeclaredChain(links, CustodyModel.SEGREGATED);
    }
}
