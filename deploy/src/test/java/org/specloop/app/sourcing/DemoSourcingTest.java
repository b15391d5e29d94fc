package org.specloop.app.sourcing;

import org.specloop.app.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.specloop.notify.WebhookSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo data: its changed-chain lot raises a real source change, and disruption questions get answers. */
@SpringBootTest(properties = "specloop.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoSourcingTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void theDemoLotFromAChangedChainRaisesAndPlansItsEngineeringChange() throws Exception {
        JsonNode change = eventually("/api/engineering-changes/EC-SRC-LOT-42SH-0003",
                c -> c.path("planItems").toString().contains("\"itemId\":\"FAI-MAX\",\"description\"")
                        && c.path("planItems").toString().contains("\"received\":5"));

        assertThat(change.at("/sourceChanges/0/newSourceId").asText()).isEqualTo("ALLOY-JP-1");
        assertThat(change.at("/change/specificationId").asText()).isEqualTo("SPEC-RTR-42SH");
        assertThat(eventually("/api/lots/LOT-42SH-0003", l -> l.path("holds").toString().contains("SOURCE_CHANGE"))
                .at("/lot/disposition").asText()).isEqualTo("HELD");
    }

    /**
     * Issue 23: the demo separators' expired certificate (an ISO 14001, required by no tier by default) is
     * flagged and holds nothing; their RMAP is valid, so the demo's lots stay qualified
     * (CertificateExpiryScenarioTest shows the hold an expired required certificate causes).
     */
    @Test
    void theDemoSeparatorsExpiredCertificateIsFlaggedAndHoldsNoLot() throws Exception {
        JsonNode separator = eventually("/api/sources/SEP-MY-1", s -> s.path("certificates").size() == 3);
        assertThat(separator.path("expiredCertificates").toString()).contains("ISO 14001").doesNotContain("RMAP");
        JsonNode lot = eventually("/api/lots/LOT-42SH-0001", l -> "RELEASED".equals(l.at("/lot/disposition").asText()));
        assertThat(lot.path("holds").toString()).doesNotContain("certificate");
    }

    @Test
    void theDisruptionQueryAnswersForTheDemoData() throws Exception {
        JsonNode separator = eventually("/api/disruptions?sourceId=SEP-MY-1", d -> d.path("lotsInStock").size() == 3);

        assertThat(separator.path("singlePointsOfFailure").toString()).contains("SPEC-RTR-42SH", "SEPARATOR");
        assertThat(separator.path("parts").toString()).contains("RTR-MAG-42SH-01");

        JsonNode japaneseAlloy = eventually("/api/disruptions?country=JP&tier=ALLOY_MAKER",
                d -> d.path("specifications").size() == 1);
        assertThat(japaneseAlloy.at("/specifications/0/specificationId").asText()).isEqualTo("SPEC-RTR-38UH");
        assertThat(japaneseAlloy.at("/singlePointsOfFailure/0/tier").asText()).isEqualTo("ALLOY_MAKER");

        JsonNode risk = eventually("/api/sources/risk", r -> r.path("countryConcentration").size() == 6);
        assertThat(risk.at("/sources/0/singleSourceFor").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDemoOemIsGrantedTheDemoPartsAndMaySubscribeToThem() throws Exception {
        JsonNode grants = json.readTree(mvc.perform(get("/api/grants").with(TestUsers.OEM.as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(grants.path("partNumbers").toString()).contains("RTR-MAG-42SH-01", "RTR-MAG-38UH-01");

        // 192.0.2.0/24 is reserved for documentation (RFC 5737): a public address that needs no DNS and answers nobody
        String location = mvc.perform(post("/api/subscriptions").with(TestUsers.OEM.as()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"partNumbers": ["RTR-MAG-42SH-01"],
                                 "channel": {"kind": "WEBHOOK", "url": "https://192.0.2.10/hook", "secrets": ["%s"]}}
                                """.formatted(WebhookSignature.newSecret())))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(delete(location).with(TestUsers.OEM.as())).andExpect(status().isNoContent());
    }

    private JsonNode eventually(String path, Predicate<JsonNode> done) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode last = null;
        while (Instant.now().isBefore(until)) {
            var response = mvc.perform(get(path).with(TestUsers.ALICE.as())).andReturn().getResponse();
            if (response.getStatus() == 200) {
                last = json.readTree(response.getContentAsString());
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " did not reach the expected state in 30 s; last: " + last);
    }
}
