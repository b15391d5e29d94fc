package org.specloop.bench.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.specloop.bench.plant.PlantApi.Actor.ALICE;
import static org.specloop.bench.plant.PlantApi.Actor.BOB;

/**
 * Builds the plant before the clock, through the API a plant's people and systems use: the source registry
 * (24 sources on four chains, with their certificates), a magnet specification per grade approved under four
 * eyes with its qualified sources and DFARS-style exclusions, a motor design on the 38UH magnets, and every
 * lot received over the lot-receipts NDJSON path as goods receiving would send them.
 */
final class PlantBuilder {
    static final String DESIGN = "PLANT-M1";
    /** Ke = E_line / omega; the rig sees about 2.054 V*s/rad per tesla of Br (see RigRuns). */
    static final double KE_MIN = 2.502;
    private final PlantApi api;

    PlantBuilder(PlantApi api) {
        this.api = api;
    }

    void build(Plant plant) throws Exception {
        for (Chain chain : Chain.ALL) {
            registerSources(chain);
        }
        for (Chain.Part part : Chain.Part.values()) {
            createSpecification(part);
        }
        api.post(ALICE, "/api/motor-designs", """
                {"designId": "%s", "name": "11 kW 4-pole PMSM, plant benchmark",
                 "requirements": {"specificationId": "%s", "keMin": {"value": %s, "unit": "V*s/rad"},
                                  "hotTestTemperature": {"value": 150, "unit": "degC"}, "thermalClass": "F"}}"""
                .formatted(DESIGN, Chain.Part.RTR_38UH.specificationId, KE_MIN));
        List<PlantLot> lots = new ArrayList<>(plant.bulk);
        lots.addAll(plant.probes);
        receive(lots);
    }

    void receive(List<PlantLot> lots) throws Exception {
        for (int from = 0; from < lots.size(); from += 500) {
            String lines = lots.subList(from, Math.min(from + 500, lots.size())).stream().map(PlantLot::receiptJson)
                    .collect(Collectors.joining("\n", "", "\n"));
            api.ingest("/api/ingest/lot-receipts", lines);
        }
    }

    private void registerSources(Chain chain) throws Exception {
        // magnet maker first: a source names the sources it supplies, which must be registered
        for (int i = chain.links().size() - 1; i >= 0; i--) {
            Chain.Link link = chain.links().get(i);
            String suppliesTo = i + 1 < chain.links().size() ? "\"" + chain.links().get(i + 1).sourceId() + "\"" : "";
            api.post(ALICE, "/api/sources", """
                    {"sourceId": "%s", "name": "%s", "tier": "%s", "country": "%s", "suppliesTo": [%s],
                     "certificates": [
                       {"type": "ISO 9001", "number": "%1$s-Q", "issuer": "TUV", "validFrom": "2024-03-01", "expiresOn": "2029-03-01"},
                       {"type": "IATF 16949", "number": "%1$s-I", "issuer": "TUV", "validFrom": "2024-03-01", "expiresOn": "2029-03-01"},
                       {"type": "RMI RMAP", "number": "%1$s-R", "issuer": "RMI", "validFrom": "2025-06-01", "expiresOn": "2029-06-01"}]}"""
                    .formatted(link.sourceId(), link.sourceName(), link.tier(), link.country(), suppliesTo));
        }
    }

    private void createSpecification(Chain.Part part) throws Exception {
        api.post(ALICE, "/api/specifications", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "%s", "title": "Rotor magnet %s, plant benchmark",
                 %s}""".formatted(part.specificationId, part.partNumber, part.grade, part.grade,
                content(part, part == Chain.Part.RTR_42SH ? 1592 : 1990)));
        approve(part, 1, "plant benchmark: initial release");
    }

    /** The members of a revision's content: limits, composition, sourcing rules over the part's chains, working temperature. */
    static String content(Chain.Part part, double hcjMin) {
        boolean sh = part == Chain.Part.RTR_42SH;
        String qualified = Chain.of(part).stream().flatMap(c -> c.links().stream())
                .map(l -> "{\"tier\":\"%s\",\"sourceId\":\"%s\"}".formatted(l.tier(), l.sourceId()))
                .collect(Collectors.joining(","));
        List<String> exclusions = new ArrayList<>();
        for (String country : List.of("CN", "RU", "KP", "IR")) {
            for (String tier : Chain.TIERS) {
                // DFARS 252.225-7052: melting and magnet production now; mining, refining, separation from 2027
                boolean now = tier.equals("MAGNET_MAKER") || tier.equals("ALLOY_MAKER");
                exclusions.add("{\"tier\":\"%s\",\"country\":\"%s\",\"effectiveFrom\":\"%s\",\"rule\":\"DFARS 252.225-7052(b)(%d)\"}"
                        .formatted(tier, country, now ? "2019-01-01" : "2027-01-01", now ? 1 : 2));
            }
        }
        return characteristics(part, hcjMin) + """
                ,
                 "composition": [{"element": "Dy", "min": 0.0, "max": %s}],
                 "sourcingRules": {"qualifiedSources": [%s], "countryExclusions": [%s], "minimumCustodyModel": "%s"},
                 "maxWorkingTemperature": {"value": %d, "unit": "degC"}""".formatted(sh ? "4.0" : "7.0", qualified,
                String.join(",", exclusions), sh ? "SEGREGATED" : "MASS_BALANCE", sh ? 150 : 180);
    }

    /** The "characteristics" member of a revision: Br window, HcJ and (BH)max minimums at 20 degC, HcJ at 150 degC for 42SH. */
    private static String characteristics(Chain.Part part, double hcjMin) {
        boolean sh = part == Chain.Part.RTR_42SH;
        String limits = String.format(Locale.ROOT, """
                "characteristics": [
                  {"characteristic": "Br", "min": {"value": %s, "unit": "T"}, "max": {"value": %s, "unit": "T"},
                   "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"},
                  {"characteristic": "HcJ", "min": {"value": %.0f, "unit": "kA/m"}, "testTemperature": {"value": 20, "unit": "degC"},
                   "standard": "IEC 60404-8-1"},
                  {"characteristic": "BHmax", "min": {"value": %s, "unit": "kJ/m3"}, "testTemperature": {"value": 20, "unit": "degC"},
                   "standard": "IEC 60404-8-1"}""", sh ? "1.30" : "1.22", sh ? "1.34" : "1.26", hcjMin, sh ? "318" : "287");
        return limits + (sh ? """
                ,
                  {"characteristic": "HcJ", "min": {"value": 450, "unit": "kA/m"}, "testTemperature": {"value": 150, "unit": "degC"},
                   "standard": "IEC 60404-8-1"}]""" : "]");
    }

    /** Proposed by qe.alice, approved by qe.bob with his signature. */
    void approve(Chain.Part part, int revision, String reason) throws Exception {
        String path = "/api/specifications/" + part.specificationId + "/revisions/" + revision;
        api.post(ALICE, path + "/proposal", "{}");
        api.post(BOB, path + "/approval", "{\"reason\": \"" + reason + "\", \"signatureMeaning\": \"APPROVED\", \"password\": \"bob-demo\"}");
    }
}
