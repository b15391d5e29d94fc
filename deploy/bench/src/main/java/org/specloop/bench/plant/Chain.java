package org.specloop.bench.plant;

import java.util.List;

/**
 * One supply chain of the plant, mine to magnet maker, with the part its magnets are and the process it
 * runs: the lot-to-lot mean and spread of Br, HcJ and (BH)max at 20 degC. Lot means vary by lotSigma, the
 * samples of a lot around it by a third of the spread of a hysteresisgraph's repeatability.
 */
record Chain(String name, Part part, List<Link> links, double br, double hcj, double bhMax) {

    record Link(String tier, String sourceId, String sourceName, String country) {
    }

    /** A magnet specification's part and grade. */
    enum Part {
        RTR_42SH("SPEC-PLANT-42SH", "RTR-PLANT-42SH", "42SH"),
        RTR_38UH("SPEC-PLANT-38UH", "RTR-PLANT-38UH", "38UH");

        final String specificationId;
        final String partNumber;
        final String grade;

        Part(String specificationId, String partNumber, String grade) {
            this.specificationId = specificationId;
            this.partNumber = partNumber;
            this.grade = grade;
        }
    }

    static final String[] TIERS = {"MINE", "CONCENTRATOR", "SEPARATOR", "METAL_MAKER", "ALLOY_MAKER", "MAGNET_MAKER"};
    /** Lot-to-lot sigma of the Br lot means (T); HcJ and (BH)max scale with it. */
    static final double LOT_SIGMA_BR = 0.002;
    static final double SAMPLE_SIGMA_BR = 0.0015;

    /** The chain's magnet maker, the source its control charts are kept for. */
    String magnetMaker() {
        return links.get(links.size() - 1).sourceId();
    }

    /** "MINE-AU-1:Name:AU" ... in tier order. */
    static List<Link> links(String... idNameCountry) {
        if (idNameCountry.length != TIERS.length) {
            throw new IllegalArgumentException("a chain has " + TIERS.length + " tiers");
        }
        java.util.ArrayList<Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < TIERS.length; i++) {
            String[] p = idNameCountry[i].split(":");
            links.add(new Link(TIERS[i], p[0], p[1], p[2]));
        }
        return List.copyOf(links);
    }

    /** A: the main 42SH chain (Australia to Germany); C: a second 42SH maker; B and D: two 38UH chains. */
    static final Chain A = new Chain("A", Part.RTR_42SH, links("MINE-AU-1:Yilgarn Rare Earths:AU",
            "CONC-AU-1:Kalgoorlie Concentrates:AU", "SEP-MY-1:Kuantan Separation:MY", "METAL-VN-1:Hai Phong Metals:VN",
            "ALLOY-EE-1:Narva Alloys:EE", "MAG-DE-1:Hanau Magnetics:DE"), 1.318, 1655, 331);
    static final Chain C = new Chain("C", Part.RTR_42SH, links("MINE-CA-1:Nechalacho Mining:CA",
            "CONC-CA-1:Saskatoon Concentrates:CA", "SEP-EE-1:Sillamae Separation:EE", "METAL-EE-1:Sillamae Metals:EE",
            "ALLOY-DE-1:Bitterfeld Alloys:DE", "MAG-PL-1:Gliwice Magnet Works:PL"), 1.316, 1648, 330);
    static final Chain B = new Chain("B", Part.RTR_38UH, links("MINE-US-1:Mojave Ridge Mining:US",
            "CONC-US-1:Mojave Concentrator:US", "SEP-US-1:Gulf Coast Separations:US", "METAL-JP-1:Kyushu Rare Metals:JP",
            "ALLOY-JP-1:Shin-Etsu Strip Cast:JP", "MAG-JP-1:Takefu Magnet Works:JP"), 1.240, 2030, 298);
    static final Chain D = new Chain("D", Part.RTR_38UH, links("MINE-BR-1:Araxa Minerals:BR",
            "CONC-BR-1:Minas Concentrates:BR", "SEP-FR-1:La Rochelle Separation:FR", "METAL-FR-1:Lacq Metals:FR",
            "ALLOY-FI-1:Pori Alloys:FI", "MAG-FI-1:Pori Magnetics:FI"), 1.241, 2025, 299);

    static final List<Chain> ALL = List.of(A, C, B, D);

    static List<Chain> of(Part part) {
        return ALL.stream().filter(c -> c.part == part).toList();
    }
}
