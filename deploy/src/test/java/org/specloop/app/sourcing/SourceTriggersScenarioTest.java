package org.specloop.app.sourcing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 23, relocation and disqualification as engineering change triggers, through the HTTP API as the roles that
 * act: the quality engineer registers a chain and a spec qualifying it; the separator relocates, which raises a source
 * change for the spec that the next lot joins, held; the alloy maker is disqualified, which holds its lots naming it
 * and raises a change too. The receiving dock (rig/lab API key) sends the receipts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SourceTriggersScenarioTest {
    private static final String[] TIERS = {"MINE", "CONCENTRATOR", "SEPARATOR", "METAL_MAKER", "ALLOY_MAKER", "MAGNET_MAKER"};
    private final String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    private final String spec = "SPEC-TRIG-" + tag;
    private final String part = "PN-TRIG-" + tag;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void aRelocatedSeparatorIsRequalifiedThroughASourceChangeItsNextLotJoins() throws Exception {
        setUpChain();
        // registered (sequence 0), relocated (sequence 1): the change id names the relocation
        String change = "EC-REL-" + id("SEPARATOR") + "-1-" + spec;

        assertThat(send("/api/sources/" + id("SEPARATOR") + "/relocation", TestUsers.ALICE.as(),
                "{\"country\":\"VN\",\"reason\":\"plant moved to Hai Phong\"}")).isEqualTo(204);

        JsonNode raised = eventually("/api/engineering-changes/" + change, c -> c.path("planItems").size() > 0);
        assertThat(raised.at("/change/trigger").asText()).isEqualTo("SOURCE_CHANGE");
        assertThat(raised.toString()).contains("Relocation of separator " + id("SEPARATOR") + " from DE to VN",
                "Specs that qualify it: " + spec);
        String lot = "LOT-REL-" + tag;
        receive(lot, "VN");
        JsonNode held = eventually("/api/lots/" + lot, l -> l.path("holds").toString().contains("SOURCE_CHANGE"));
        assertThat(held.path("holds").toString()).contains("engineering change " + change);
        eventually("/api/engineering-changes/" + change, c -> c.path("lots").toString().contains(lot));
    }

    @Test
    void aDisqualifiedAlloyMakerHoldsItsLotsNamingItAndRaisesAChange() throws Exception {
        setUpChain();
        String before = "LOT-DQ-IN-" + tag;
        receive(before, "DE");
        eventually("/api/lots/" + before, l -> l.has("lot"));

        assertThat(send("/api/sources/" + id("ALLOY_MAKER") + "/disqualification", rig(), "{\"reason\":\"x\"}"))
                .as("a quality engineer's decision").isEqualTo(403);
        assertThat(send("/api/sources/" + id("ALLOY_MAKER") + "/disqualification", TestUsers.ALICE.as(), "{}"))
                .as("the reason is required").isEqualTo(400);
        assertThat(send("/api/sources/" + id("ALLOY_MAKER") + "/disqualification", TestUsers.ALICE.as(),
                "{\"reason\":\"customer audit: oxygen content out of control\"}")).isEqualTo(204);

        JsonNode heldBefore = eventually("/api/lots/" + before, l -> l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(heldBefore.path("holds").toString()).contains("alloy maker " + id("ALLOY_MAKER")
                + " is disqualified: customer audit: oxygen content out of control");
        String after = "LOT-DQ-NEW-" + tag;
        receive(after, "DE");
        eventually("/api/lots/" + after, l -> l.path("holds").toString().contains("is disqualified"));
        assertThat(read("/api/sources/" + id("ALLOY_MAKER")).path("disqualifiedReason").asText())
                .isEqualTo("customer audit: oxygen content out of control");
        assertThat(mvc.perform(get("/ui/sources").with(TestUsers.ALICE.as())).andReturn().getResponse().getContentAsString())
                .contains("DISQUALIFIED: customer audit: oxygen content out of control");
        JsonNode change = eventually("/api/engineering-changes/EC-DQ-" + id("ALLOY_MAKER") + "-" + spec,
                c -> c.path("planItems").size() > 0);
        assertThat(change.toString()).contains("Disqualification of alloy maker " + id("ALLOY_MAKER"),
                "needs a replacement qualified at ALLOY_MAKER");
    }

    private void setUpChain() throws Exception {
        for (String tier : TIERS) {
            String certificate = switch (tier) {
                case "SEPARATOR", "METAL_MAKER", "ALLOY_MAKER" -> "{\"type\":\"RMI RMAP\",\"number\":\"R-" + id(tier)
                        + "\",\"issuer\":\"RMI\",\"validFrom\":\"2024-01-01\",\"expiresOn\":\"" + today.plusYears(2) + "\"}";
                case "MAGNET_MAKER" -> "{\"type\":\"ISO 9001\",\"number\":\"Q-" + id(tier) + "\",\"issuer\":\"TUV\","
                        + "\"validFrom\":\"2024-01-01\",\"expiresOn\":\"" + today.plusYears(2) + "\"}";
                default -> "";
            };
            assertThat(send("/api/sources", TestUsers.ALICE.as(), "{\"sourceId\":\"" + id(tier) + "\",\"name\":\"" + id(tier)
                    + " Ltd\",\"tier\":\"" + tier + "\",\"country\":\"DE\",\"certificates\":[" + certificate + "]}"))
                    .isEqualTo(201);
        }
        List<String> qualified = new ArrayList<>();
        for (String tier : TIERS) {
            qualified.add("{\"tier\":\"" + tier + "\",\"sourceId\":\"" + id(tier) + "\"}");
        }
        send("/api/specifications", TestUsers.ALICE.as(), "{\"specificationId\":\"" + spec + "\",\"partNumber\":\"" + part
                + "\",\"grade\":\"42SH\",\"title\":\"Triggers\",\"characteristics\":[{\"characteristic\":\"HCJ\","
                + "\"min\":{\"value\":1592},\"testTemperature\":{\"value\":20,\"unit\":\"degC\"}}],"
                + "\"sourcingRules\":{\"qualifiedSources\":[" + String.join(",", qualified) + "],\"countryExclusions\":[],"
                + "\"minimumCustodyModel\":\"SEGREGATED\"},\"maxWorkingTemperature\":{\"value\":150,\"unit\":\"degC\"}}");
        send("/api/specifications/" + spec + "/revisions/1/proposal", TestUsers.ALICE.as(), "{}");
        send("/api/specifications/" + spec + "/revisions/1/approval", TestUsers.BOB.as(),
                "{\"reason\":\"PPAP approved\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}");
        eventually("/api/sourcing/qualifications?specificationId=" + spec, q -> q.size() == 6);
    }

    private String id(String tier) {
        return tier.replace("_", "") + "-T" + tag;
    }

    private void receive(String lotId, String separatorCountry) throws Exception {
        List<String> links = new ArrayList<>();
        for (String tier : TIERS) {
            links.add("{\"tier\":\"" + tier + "\",\"sourceId\":\"" + id(tier) + "\",\"country\":\""
                    + ("SEPARATOR".equals(tier) ? separatorCountry : "DE") + "\"}");
        }
        assertThat(send("/api/lots", rig(), "{\"lotId\":\"" + lotId + "\",\"supplierId\":\"" + id("MAGNET_MAKER")
                + "\",\"partNumber\":\"" + part + "\",\"grade\":\"42SH\",\"quantity\":500,\"declaredChain\":{\"links\":["
                + String.join(",", links) + "],\"custodyModel\":\"SEGREGATED\"},\"receivedAt\":\"" + Instant.now() + "\"}"))
                .isBetween(200, 299);
    }

    private static RequestPostProcessor rig() {
        return request -> {
            request.addHeader("X-Api-Key", TestUsers.RIG_KEY);
            return request;
        };
    }

    private int send(String path, RequestPostProcessor actor, String body) throws Exception {
        return mvc.perform(post(path)
                        .contentType(MediaType.APPLICATION_JSON).with(actor).content(body))
                .andReturn().getResponse().getStatus();
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(TestUsers.ALICE.as())).andReturn().getResponse().getContentAsString());
    }

    private JsonNode eventually(String path, Predicate<JsonNode> done) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode last = null;
        while (Instant.now().isBefore(until)) {
            last = read(path);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached in 30 s: " + path + " -> " + last);
    }
}
