package org.specloop.app.sourcing;

import org.specloop.app.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Through the HTTP API: two chains, a 42SH spec qualified on chain A, lots arriving with a different
 * alloy maker. The change is raised and planned by itself, fills up as the lab posts measurements,
 * is approved by a second person, and the held lots are released. Plus the DFARS widening of 2027.
 */
// the DFARS test receives a lot dated 2027-01-01, ahead of today's clock: this context lets receipts be
// dated that far ahead (the default refuses a receivedAt more than 5 minutes in the future)
@SpringBootTest(properties = "specloop.validation.clock-skew=3650d")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SourceChangeScenarioTest {
    // both tests share one application context and database, so each has its own spec and part
    private final String suffix = Long.toString(System.nanoTime(), 36);
    private final String SPEC = "SPEC-SCN-42SH-" + suffix;
    private final String PART = "SCN-MAG-42SH-" + suffix;
    private static final String CHANGE = "EC-SRC-LOT-B1";
    private static final String[] CHAIN_A = {"MINE-A:AU", "CONC-A:AU", "SEP-A:MY", "METAL-A:VN", "ALLOY-A:EE", "MAG-A:DE"};
    private static final String[] TIERS = {"MINE", "CONCENTRATOR", "SEPARATOR", "METAL_MAKER", "ALLOY_MAKER", "MAGNET_MAKER"};

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAlloyMakerChangeIsRequalifiedAndApprovedAndReleasesTheHeldLots() throws Exception {
        registerChains();
        createQualifiedSpec();

        receive("LOT-A1", chain("ALLOY-A:EE", "SEP-A:MY"), "2026-06-01T08:00:00Z");
        receive("LOT-B1", chain("ALLOY-B:JP", "SEP-A:MY"), "2026-06-02T08:00:00Z");

        JsonNode change = eventually(() -> read("/api/engineering-changes/" + CHANGE), c -> c.path("planItems").size() == 3);
        assertThat(change.at("/change/trigger").asText()).isEqualTo("SOURCE_CHANGE");
        assertThat(change.at("/sourceChanges/0/tier").asText()).isEqualTo("ALLOY_MAKER");
        assertThat(change.at("/sourceChanges/0/previousSourceId").asText()).isEqualTo("ALLOY-A");
        assertThat(change.at("/sourceChanges/0/newSourceId").asText()).isEqualTo("ALLOY-B");
        // the lots projection runs on its own processor: the hold may show a moment after the change
        assertThat(eventually(() -> holdsOf("LOT-B1"), h -> h.contains("SOURCE_CHANGE"))).contains("SOURCE_CHANGE");
        // the due date is watched from a table of the requalification group, which a replay rebuilds
        assertThat(eventually(() -> jdbc.queryForList("SELECT due_date FROM requalification_due WHERE change_id = ?",
                java.sql.Date.class, CHANGE), d -> d.size() == 1 && d.get(0) != null)).hasSize(1);

        receive("LOT-B2", chain("ALLOY-B:JP", "SEP-A:MY"), "2026-06-03T08:00:00Z");
        eventually(() -> read("/api/engineering-changes/" + CHANGE), c -> c.path("lots").toString().contains("LOT-B2"));
        assertThat(eventually(() -> holdsOf("LOT-B2"), h -> h.contains("SOURCE_CHANGE"))).contains("SOURCE_CHANGE");
        // other test classes share this application context, so count only this spec's changes
        assertThat(read("/api/engineering-changes?specificationId=" + SPEC).path("total").asInt()).isEqualTo(1);

        for (String lot : List.of("LOT-B1", "LOT-B2")) {
            for (int s = 1; s <= 3; s++) {
                measure(lot, lot + "-S" + s, 20, "[{\"characteristic\":\"BR\",\"value\":1.31,\"unit\":\"T\"},"
                        + "{\"characteristic\":\"HCJ\",\"value\":1650,\"unit\":\"kA/m\"}]");
                measure(lot, lot + "-S" + s, 150, "[{\"characteristic\":\"HCJ\",\"value\":700,\"unit\":\"kA/m\"}]");
            }
        }
        JsonNode filled = eventually(() -> read("/api/engineering-changes/" + CHANGE),
                c -> item(c, "FAI-20C").path("received").asInt() >= 5 && item(c, "FAI-MAX").path("received").asInt() >= 5);
        assertThat(item(filled, "FAI-20C").path("required").asInt()).isEqualTo(5);
        assertThat(filled.at("/change/status").asText()).isEqualTo("PLANNED");

        send("/api/engineering-changes/" + CHANGE + "/evidence", "qe.carol",
                "{\"itemId\":\"ALLOY-COMPOSITION\",\"evidenceReference\":\"COA-ALLOY-B-2026-06\"}");
        eventually(() -> read("/api/engineering-changes/" + CHANGE), c -> c.at("/change/status").asText().equals("EVIDENCE_COMPLETE"));
        // the first article record is filled from the lots' measured values against revision 1's limits
        JsonNode fai = eventually(() -> read("/api/engineering-changes/" + CHANGE + "/first-article"),
                f -> f.at("/record/characteristics/2/results").size() == 6);
        assertThat(fai.at("/record/verdict").asText()).isEqualTo("ACCEPTED");
        assertThat(fai.at("/required").asBoolean()).isTrue();
        assertThat(fai.at("/record/part/partName").asText()).isEqualTo("Rotor magnet 42SH");
        assertThat(texts(fai.at("/record/part/lots"))).containsExactly("LOT-B1", "LOT-B2");
        assertThat(fai.at("/record/part/reason").asText()).isEqualTo("change of manufacturing source: ALLOY_MAKER ALLOY-A -> ALLOY-B");
        assertThat(fai.at("/record/characteristics/0/requirement").asText()).isEqualTo("Br 1.3 .. 1.33 T at 20 degC");
        assertThat(fai.at("/record/characteristics/0/results/0/value").asDouble()).isEqualTo(1.31);
        assertThat(fai.at("/record/characteristics/2/tooling").asText()).isEqualTo("Incoming QC, HG-200, CLOSED_CIRCUIT_IEC_60404_5");
        assertThat(fai.at("/record/product").toString()).contains("\"supplierCode\":\"ALLOY-B\"", "RMI RMAP R-ALLOY-B");
        int issue = fai.at("/issue").asInt();
        send("/api/engineering-changes/" + CHANGE + "/approval", "qe.bob",
                "{\"reason\":\"FAI at 20 and 150 degC within limits\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}");
        JsonNode approved = eventually(() -> read("/api/engineering-changes/" + CHANGE),
                c -> c.at("/requalification/signedFirstArticle").isObject());
        assertThat(approved.at("/requalification/signedFirstArticle/verdict").asText()).isEqualTo("ACCEPTED");
        assertThat(approved.at("/requalification/signedFirstArticle/issue").asInt()).isEqualTo(issue);
        assertThat(approved.at("/requalification/signedFirstArticle/accepted").asInt()).isEqualTo(3);

        for (String lot : List.of("LOT-B1", "LOT-B2")) {
            assertThat(eventually(() -> read("/api/lots/" + lot).at("/lot/disposition").asText(), d -> d.equals("RELEASED")))
                    .isEqualTo("RELEASED");
        }
        JsonNode qualified = eventually(() -> read("/api/sourcing/qualifications?specificationId=" + SPEC),
                q -> q.toString().contains("\"sourceId\":\"ALLOY-B\",\"status\":\"QUALIFIED\""));
        assertThat(qualified.toString()).contains("change " + CHANGE);
        JsonNode disruption = read("/api/disruptions?sourceId=ALLOY-A");
        // other tests of this class qualify ALLOY-A in specs of their own: look at this one's
        JsonNode ours = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        for (JsonNode spec : disruption.path("specifications")) {
            if (spec.path("specificationId").asText().equals(SPEC)) {
                ours = spec;
            }
        }
        assertThat(ours.at("/tiers/0/qualifiedAlternates/0").asText()).isEqualTo("ALLOY-B");
        assertThat(disruption.path("singlePointsOfFailure").toString()).doesNotContain(SPEC);
    }

    /**
     * Issue 23 item 3: a spec asking for PPAP level 2; one first-article sample's Br is outside the limit. The plan
     * carries the level's elements, SpecLoop fills those it holds, and with every piece of evidence in, the approval
     * is refused on the rejected first article, naming the nonconformance.
     */
    @Test
    void aFirstArticleWithAValueOutsideItsLimitRefusesTheApprovalAndThePpapShowsItsElements() throws Exception {
        registerChains();
        createQualifiedSpec("SEP-A", ",\"requalification\":{\"ppapSubmissionLevel\":2}");
        String lot = "LOT-FAI-" + suffix;
        String change = "EC-SRC-" + lot;
        receive(lot, chain("ALLOY-B:JP", "SEP-A:MY"), "2026-06-02T08:00:00Z");

        JsonNode planned = eventually(() -> read("/api/engineering-changes/" + change), c -> item(c, "PPAP-18").isObject()
                && item(c, "PPAP-01").path("received").asInt() == 1 && item(c, "PPAP-02").path("received").asInt() == 1);
        assertThat(item(planned, "PPAP-01").at("/evidenceReferences/0").asText()).isEqualTo("specification:" + SPEC + "/revision-1");
        assertThat(item(planned, "PPAP-04").isMissingNode()).as("a design FMEA is retained at level 2").isTrue();
        assertThat(planned.at("/requalification/ppapSubmissionLevel").asInt()).isEqualTo(2);

        for (int s = 1; s <= 5; s++) {
            double br = s == 3 ? 1.36 : 1.31;
            measure(lot, lot + "-S" + s, 20, "[{\"characteristic\":\"BR\",\"value\":" + br + ",\"unit\":\"T\"},"
                    + "{\"characteristic\":\"HCJ\",\"value\":1650,\"unit\":\"kA/m\"}]");
            measure(lot, lot + "-S" + s, 150, "[{\"characteristic\":\"HCJ\",\"value\":700,\"unit\":\"kA/m\"}]");
        }
        for (String[] evidence : List.of(new String[]{"ALLOY-COMPOSITION", "COA-ALLOY-B-2026-06"},
                new String[]{"PPAP-09", "DIM-REPORT-17"}, new String[]{"PPAP-10", "LAB-REPORT-17"},
                new String[]{"PPAP-12", "ISO 17025 scope D-PL-1234"}, new String[]{"PPAP-18", "PSW-4711 signed by MAG-A"})) {
            send("/api/engineering-changes/" + change + "/evidence", "qe.carol",
                    "{\"itemId\":\"" + evidence[0] + "\",\"evidenceReference\":\"" + evidence[1] + "\"}");
        }
        eventually(() -> read("/api/engineering-changes/" + change), c -> c.at("/change/status").asText().equals("EVIDENCE_COMPLETE"));
        JsonNode fai = eventually(() -> read("/api/engineering-changes/" + change + "/first-article"),
                f -> f.at("/record/characteristics/2/results").size() == 5 && f.at("/record/characteristics/0/results").size() == 5);
        assertThat(fai.at("/record/verdict").asText()).isEqualTo("REJECTED");
        assertThat(fai.at("/record/part/nonconformances").asBoolean()).isTrue();
        assertThat(fai.at("/record/characteristics/0/nonconformance").asText()).isEqualTo("FAI-" + change + "-NC01");

        var refused = mvc.perform(post("/api/engineering-changes/" + change + "/approval").contentType(MediaType.APPLICATION_JSON)
                .with(signIn("qe.bob")).content("{\"reason\":\"looks fine\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(refused.getContentAsString());
        assertThat(problem.path("rule").asText()).isEqualTo("first-article-not-accepted");
        assertThat(problem.path("detail").asText()).contains("is REJECTED", "FAI-" + change + "-NC01", lot + "/" + lot + "-S3 1.36");

        JsonNode ppap = read("/api/engineering-changes/" + change + "/ppap");
        assertThat(ppap.path("submissionLevel").asInt()).isEqualTo(2);
        assertThat(ppap.path("elements").size()).isEqualTo(18);
        assertThat(ppap.at("/elements/1/status").asText()).isEqualTo("COMPLETE");
        assertThat(ppap.at("/elements/3/status").asText()).isEqualTo("RETAINED");
        assertThat(ppap.at("/elements/13/evidenceReferences/0").asText()).isEqualTo("lot:" + lot);
        assertThat(ppap.path("warrantStatus").asText()).isEqualTo("READY");
        String page = mvc.perform(get("/ui/engineering-changes/" + change).with(TestUsers.ALICE.as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("First article inspection (AS9102)", "FAI-" + change + "-NC01", "PPAP submission (level",
                "PSW-4711 signed by MAG-A");
        assertThat(read("/api/engineering-changes/" + change).at("/change/status").asText()).isEqualTo("EVIDENCE_COMPLETE");
        int missing = mvc.perform(get("/api/engineering-changes/EC-NONE-" + suffix + "/first-article").with(TestUsers.ALICE.as()))
                .andReturn().getResponse().getStatus();
        assertThat(missing).isEqualTo(404);
    }

    @Test
    void aChinaSeparatorIsFineIn2026AndExcludedFrom2027CitingTheRule() throws Exception {
        // a separator the registry places in China, qualified by the spec: only the date decides
        String separator = "SEP-CN-" + suffix;
        registerChains();
        registerSource(separator, "SEPARATOR", "CN");
        createQualifiedSpec(separator);

        receive("LOT-CN-2026", chain("ALLOY-A:EE", separator + ":CN"), "2026-12-31T12:00:00Z");
        receive("LOT-CN-2027", chain("ALLOY-A:EE", separator + ":CN"), "2027-01-01T00:00:00Z");

        JsonNode held = eventually(() -> read("/api/lots/LOT-CN-2027"), l -> l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(held.at("/lot/disposition").asText()).isEqualTo("HELD");
        assertThat(held.path("holds").toString()).contains("DFARS 252.225-7052(b)(2)", "SEPARATOR source " + separator + " is in CN");
        // unreleased stock is judged on the later of receipt and today: from 2027 on the 2026 lot is held too
        if (java.time.LocalDate.now(java.time.ZoneOffset.UTC).isBefore(java.time.LocalDate.of(2027, 1, 1))) {
            assertThat(holdsOf("LOT-CN-2026")).doesNotContain("SOURCING_RULE");
        } else {
            assertThat(eventually(() -> read("/api/lots/LOT-CN-2026"), l -> l.path("holds").toString().contains("SOURCING_RULE"))
                    .path("holds").toString()).contains("lot received 2026-12-31, not released on");
        }
    }

    /**
     * Issue 23: the receiving dock's system (rig/lab API key) sends receipts that lie about the chain; the
     * quality engineer finds each lot held with the registry's fact, and the disruption what-if is not fooled.
     */
    @Test
    void aReceiptThatContradictsTheRegistryIsHeldNamingTheRegistrysFactAndTheLieSpreadsNowhere() throws Exception {
        registerChains();
        createQualifiedSpec();
        String lie = "LOT-LIE-" + suffix;
        String unknown = "LOT-UNREG-" + suffix;
        String unregistered = "SEP-CN-9-" + suffix;

        receive(lie, chain("ALLOY-A:EE", "SEP-A:CN"), "2026-06-05T08:00:00Z");
        receive(unknown, chain("ALLOY-A:EE", unregistered + ":CN"), "2026-06-05T09:00:00Z");

        JsonNode lied = eventually(() -> read("/api/lots/" + lie), l -> l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(lied.at("/lot/disposition").asText()).isEqualTo("HELD");
        assertThat(lied.path("holds").toString())
                .contains("separator SEP-A is registered in MY, the receipt declares CN");
        assertThat(lied.at("/declaredChain/links/2/country").asText()).as("the receipt is kept as sent").isEqualTo("CN");
        JsonNode unknownLot = eventually(() -> read("/api/lots/" + unknown),
                l -> l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(unknownLot.path("holds").toString()).contains("separator " + unregistered + " is not registered");

        JsonNode china = read("/api/disruptions?country=CN");
        assertThat(texts(china.path("unavailableSources"))).contains(unregistered).doesNotContain("SEP-A");
        assertThat(china.path("lotsInStock").toString()).contains(unknown).doesNotContain(lie);
        JsonNode malaysia = read("/api/disruptions?country=MY&tier=SEPARATOR");
        assertThat(texts(malaysia.path("unavailableSources"))).contains("SEP-A");
        assertThat(malaysia.path("lotsInStock").toString()).contains(lie);
    }

    @Test
    void theWeakestLinksCustodyModelDecidesTheLotAndTheLotViewShowsEachLinks() throws Exception {
        registerChains();
        createQualifiedSpec();
        String lot = "LOT-MB-" + suffix;
        String massBalanceSeparator = chain("ALLOY-A:EE", "SEP-A:MY").replace("\"sourceId\":\"SEP-A\",\"country\":\"MY\"}",
                "\"sourceId\":\"SEP-A\",\"country\":\"MY\",\"custodyModel\":\"MASS_BALANCE\"}");

        receive(lot, massBalanceSeparator, "2026-06-06T08:00:00Z");

        JsonNode held = eventually(() -> read("/api/lots/" + lot), l -> l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(held.path("holds").toString()).contains("minimum-custody-model",
                "MASS_BALANCE (weakest link: SEPARATOR SEP-A) is weaker than the required SEGREGATED");
        assertThat(held.at("/declaredChain/custodyModel").asText()).isEqualTo("SEGREGATED");
        assertThat(held.at("/declaredChain/links/2/custodyModel").asText()).isEqualTo("MASS_BALANCE");
        assertThat(held.at("/declaredChain/links/0/custodyModel").isTextual()).as("no model of its own").isFalse();
        assertThat(held.at("/effectiveCustodyModel").asText()).isEqualTo("MASS_BALANCE");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private void registerChains() throws Exception {
        for (int i = 0; i < CHAIN_A.length; i++) {
            registerSource(CHAIN_A[i].split(":")[0], TIERS[i], CHAIN_A[i].split(":")[1]);
        }
        registerSource("ALLOY-B", "ALLOY_MAKER", "JP");
    }

    private void registerSource(String id, String tier, String country) throws Exception {
        mvc.perform(post("/api/sources").contentType(MediaType.APPLICATION_JSON).with(TestUsers.ALICE.as())
                .content("{\"sourceId\":\"" + id + "\",\"name\":\"" + id + " GmbH\",\"tier\":\"" + tier + "\",\"country\":\""
                        + country + "\",\"certificates\":[{\"type\":\"ISO 9001\",\"number\":\"Q-" + id + "\",\"issuer\":\"TUV\","
                        + "\"validFrom\":\"2024-01-01\",\"expiresOn\":\"2028-01-01\"},"
                        // the tier defaults require RMAP of separators, metal and alloy makers (docs/sourcing.md)
                        + "{\"type\":\"RMI RMAP\",\"number\":\"R-" + id + "\",\"issuer\":\"RMI\","
                        + "\"validFrom\":\"2024-01-01\",\"expiresOn\":\"2028-01-01\"}]}"));
    }

    private void createQualifiedSpec() throws Exception {
        createQualifiedSpec("SEP-A");
    }

    /** A spec qualifying chain A, with the given separator. */
    private void createQualifiedSpec(String separator) throws Exception {
        createQualifiedSpec(separator, "");
    }

    /** moreSourcingRules: further members of sourcingRules, each starting with a comma. */
    private void createQualifiedSpec(String separator, String moreSourcingRules) throws Exception {
        StringBuilder qualified = new StringBuilder();
        for (int i = 0; i < CHAIN_A.length; i++) {
            qualified.append(i == 0 ? "" : ",").append("{\"tier\":\"").append(TIERS[i]).append("\",\"sourceId\":\"")
                    .append(TIERS[i].equals("SEPARATOR") ? separator : CHAIN_A[i].split(":")[0]).append("\"}");
        }
        send("/api/specifications", "qe.alice", "{\"specificationId\":\"" + SPEC + "\",\"partNumber\":\"" + PART + "\","
                + "\"grade\":\"42SH\",\"title\":\"Rotor magnet 42SH\",\"characteristics\":["
                + "{\"characteristic\":\"BR\",\"min\":{\"value\":1.30},\"max\":{\"value\":1.33},\"testTemperature\":{\"value\":20,\"unit\":\"degC\"}},"
                + "{\"characteristic\":\"HCJ\",\"min\":{\"value\":1592},\"testTemperature\":{\"value\":20,\"unit\":\"degC\"}},"
                + "{\"characteristic\":\"HCJ\",\"min\":{\"value\":450},\"testTemperature\":{\"value\":150,\"unit\":\"degC\"}}],"
                + "\"sourcingRules\":{\"qualifiedSources\":[" + qualified + "],\"countryExclusions\":["
                + "{\"tier\":\"ALLOY_MAKER\",\"country\":\"CN\",\"effectiveFrom\":\"2019-01-01\",\"rule\":\"DFARS 252.225-7052(b)(1)\"},"
                + "{\"tier\":\"SEPARATOR\",\"country\":\"CN\",\"effectiveFrom\":\"2027-01-01\",\"rule\":\"DFARS 252.225-7052(b)(2)\"}],"
                + "\"minimumCustodyModel\":\"SEGREGATED\"" + moreSourcingRules + "},\"maxWorkingTemperature\":{\"value\":150,\"unit\":\"degC\"}}");
        send("/api/specifications/" + SPEC + "/revisions/1/proposal", "qe.alice", "{}");
        send("/api/specifications/" + SPEC + "/revisions/1/approval", "qe.bob",
                "{\"reason\":\"PPAP approved\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}");
        eventually(() -> read("/api/sourcing/qualifications?specificationId=" + SPEC), q -> q.size() == 6);
    }

    /** Chain A with the given alloy maker and separator ("ID:COUNTRY"). */
    private static String chain(String alloy, String separator) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < CHAIN_A.length; i++) {
            String link = TIERS[i].equals("ALLOY_MAKER") ? alloy : TIERS[i].equals("SEPARATOR") ? separator : CHAIN_A[i];
            links.add("{\"tier\":\"" + TIERS[i] + "\",\"sourceId\":\"" + link.split(":")[0] + "\",\"country\":\""
                    + link.split(":")[1] + "\"}");
        }
        return "{\"links\":[" + String.join(",", links) + "],\"custodyModel\":\"SEGREGATED\"}";
    }

    private void receive(String lotId, String chain, String receivedAt) throws Exception {
        send("/api/lots", "receiving.dock", "{\"lotId\":\"" + lotId + "\",\"supplierId\":\"MAG-A\",\"partNumber\":\"" + PART
                + "\",\"grade\":\"42SH\",\"quantity\":1200,\"declaredChain\":" + chain + ",\"receivedAt\":\"" + receivedAt + "\"}");
    }

    private void measure(String lot, String sample, int temperature, String values) throws Exception {
        send("/api/lots/" + lot + "/measurements", "lab.hanau", "{\"measurementId\":\"" + sample + "-" + temperature
                + "\",\"sampleId\":\"" + sample + "\",\"testTemperature\":{\"value\":" + temperature + ",\"unit\":\"degC\"},"
                + "\"lab\":\"Incoming QC\",\"instrument\":\"HG-200\",\"method\":\"CLOSED_CIRCUIT_IEC_60404_5\",\"values\":" + values
                + ",\"measuredAt\":\"" + Instant.now() + "\"}");
    }

    /** People sign in as the demo users; labs and rigs with the demo rig's API key. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor signIn(String actor) {
        for (TestUsers user : TestUsers.values()) {
            if (user.username.equals(actor)) {
                return user.as();
            }
        }
        return request -> {
            request.addHeader("X-Api-Key", TestUsers.RIG_KEY);
            return request;
        };
    }

    private void send(String path, String actor, String body) throws Exception {
        int code = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).with(signIn(actor)).content(body))
                .andReturn().getResponse().getStatus();
        assertThat(code).as("POST " + path).isBetween(200, 299);
    }

    private JsonNode read(String path) throws Exception {
        String body = mvc.perform(get(path).with(TestUsers.ALICE.as())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private String holdsOf(String lotId) throws Exception {
        return eventually(() -> read("/api/lots/" + lotId), l -> !l.isMissingNode()).path("holds").toString();
    }

    private static JsonNode item(JsonNode change, String itemId) {
        for (JsonNode item : change.path("planItems")) {
            if (item.path("itemId").asText().equals(itemId)) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    interface Probe<T> {
        T get() throws Exception;
    }

    /** Projections and policies run asynchronously: wait for the read side to show the expected state. */
    private static <T> T eventually(Probe<T> probe, java.util.function.Predicate<T> done) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        AssertionError last = null;
        while (Instant.now().isBefore(until)) {
            try {
                T value = probe.get();
                if (done.test(value)) {
                    return value;
                }
            } catch (AssertionError notYet) {
                last = notYet;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("read side did not reach the expected state in 30 s", last);
    }
}
