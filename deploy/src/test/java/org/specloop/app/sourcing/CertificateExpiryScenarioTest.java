package org.specloop.app.sourcing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Issue 23, certificates with consequences, through the HTTP API as the roles that act: the quality engineer
 * registers a chain whose separator's RMAP expires in 20 days and a spec with sourcing rules that also asks the
 * magnet maker for IATF 16949; the receiving dock (rig/lab API key) receives a lot today and one dated after the
 * expiry; the quality engineer finds the later lot held naming source, tier, kind and expiry, sees the warning on
 * the sources API, and a renewal lifts the hold.
 */
// receipts dated after the expiry lie ahead of today's clock; the watch polls every second so its warning shows
@SpringBootTest(properties = {"specloop.validation.clock-skew=3650d", "specloop.sourcing.certificate-watch-interval=1s"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CertificateExpiryScenarioTest {
    private static final String[] TIERS = {"MINE", "CONCENTRATOR", "SEPARATOR", "METAL_MAKER", "ALLOY_MAKER", "MAGNET_MAKER"};
    private final String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    private final String spec = "SPEC-CERT-" + tag;
    private final String part = "PN-CERT-" + tag;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final LocalDate expiry = today.plusDays(20);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSeparatorsRmapStopsQualifyingLotsOnItsExpiryDayIsWarnedAheadAndARenewalLiftsTheHold() throws Exception {
        for (String tier : TIERS) {
            register(tier);
        }
        createSpec();
        String before = "LOT-CERT-OK-" + tag;
        String after = "LOT-CERT-LATE-" + tag;

        receive(before, Instant.now().toString());
        receive(after, expiry.atTime(8, 0).toInstant(ZoneOffset.UTC).toString());

        JsonNode held = eventually("/api/lots/" + after, l -> l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(held.at("/lot/disposition").asText()).isEqualTo("HELD");
        assertThat(held.path("holds").toString()).contains("separator " + id("SEPARATOR") + " holds no valid RMI RMAP",
                "RMI RMAP R-" + id("SEPARATOR") + " expired on " + expiry);
        assertThat(eventually("/api/lots/" + before, l -> l.has("lot")).path("holds").toString())
                .doesNotContain("SOURCING_RULE");

        // a new day for the watch (it claimed today at start-up): it warns 30 days ahead, one node, once
        jdbc.update("DELETE FROM sourcing_certificate_watch");
        JsonNode separator = eventually("/api/sources/" + id("SEPARATOR"), s -> s.path("expiringCertificates").size() == 1);
        assertThat(separator.at("/expiringCertificates/0/number").asText()).isEqualTo("R-" + id("SEPARATOR"));
        assertThat(separator.at("/expiringCertificates/0/warnedDays").asInt()).isEqualTo(30);
        assertThat(separator.at("/expiringCertificates/0/daysLeft").asInt()).isEqualTo(20);
        String page = mvc.perform(get("/ui/sources").with(TestUsers.ALICE.as())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("RMI RMAP R-" + id("SEPARATOR") + ", expires " + expiry + " (EXPIRING in 20 days)");

        send("/api/sources/" + id("SEPARATOR") + "/certificates", TestUsers.ALICE.as(), """
                {"type":"RMI RMAP","number":"R2-%s","issuer":"RMI","validFrom":"%s","expiresOn":"%s"}"""
                .formatted(id("SEPARATOR"), expiry.minusDays(1), expiry.plusYears(3)));
        JsonNode lifted = eventually("/api/lots/" + after, l -> !l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(lifted.toString()).doesNotContain("holds no valid RMI RMAP");
        eventually("/api/sources/" + id("SEPARATOR"), s -> s.path("expiringCertificates").isEmpty());
    }

    @Test
    void aMagnetMakerWithoutTheIatfCertificateTheSpecRequiresHoldsItsLotsCitingTheRule() throws Exception {
        for (String tier : TIERS) {
            register(tier);
        }
        jdbc.update("DELETE FROM sourcing_certificate_watch");
        createSpecRequiring("IATF 16949", "OEM CSR 4.2");
        String lot = "LOT-CERT-IATF-" + tag;

        receive(lot, Instant.now().toString());

        JsonNode held = eventually("/api/lots/" + lot, l -> l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(held.path("holds").toString()).contains("OEM CSR 4.2", "magnet maker " + id("MAGNET_MAKER")
                + " holds no valid IATF 16949 certificate", "none is registered");
        JsonNode revision = eventually("/api/specifications/" + spec + "/revisions/1", s -> s.toString().contains("IATF 16949"));
        assertThat(revision.toString()).contains("requiredCertificates");
    }

    /**
     * A rule's effective date: the spec excludes Germany at the separator from today. A lot received yesterday and
     * still in incoming inspection is judged on today, as the daily watch judges stock already received (its
     * crossing of the date is the fixture {@code ExclusionDateRejudgeTest}).
     */
    @Test
    void aLotReceivedTheDayBeforeAnExclusionTakesEffectIsHeldCitingTheRuleWhileUnreleased() throws Exception {
        for (String tier : TIERS) {
            register(tier);
        }
        createSpec(null, null, "{\"tier\":\"SEPARATOR\",\"country\":\"DE\",\"effectiveFrom\":\"" + today
                + "\",\"rule\":\"DFARS-STYLE 1\"}");
        String lot = "LOT-EXCL-" + tag;

        receive(lot, today.minusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC).toString());

        JsonNode held = eventually("/api/lots/" + lot, l -> l.path("holds").toString().contains("SOURCING_RULE"));
        assertThat(held.at("/lot/disposition").asText()).isEqualTo("HELD");
        assertThat(held.path("holds").toString()).contains("DFARS-STYLE 1: SEPARATOR source " + id("SEPARATOR")
                + " is in DE, excluded at SEPARATOR from " + today + "; lot received " + today.minusDays(1)
                + ", not released on " + today);
    }

    private String id(String tier) {
        return tier.replace("_", "") + "-" + tag;
    }

    private void register(String tier) throws Exception {
        String certificate = switch (tier) {
            case "SEPARATOR" -> rmap(tier, expiry);
            case "METAL_MAKER", "ALLOY_MAKER" -> rmap(tier, today.plusYears(2));
            case "MAGNET_MAKER" -> "{\"type\":\"ISO 9001\",\"number\":\"Q-" + id(tier) + "\",\"issuer\":\"TUV\","
                    + "\"validFrom\":\"2024-01-01\",\"expiresOn\":\"" + today.plusYears(2) + "\"}";
            default -> null;
        };
        send("/api/sources", TestUsers.ALICE.as(), "{\"sourceId\":\"" + id(tier) + "\",\"name\":\"" + id(tier)
                + " Ltd\",\"tier\":\"" + tier + "\",\"country\":\"DE\",\"certificates\":["
                + (certificate == null ? "" : certificate) + "]}");
    }

    private String rmap(String tier, LocalDate expiresOn) {
        return "{\"type\":\"RMI RMAP\",\"number\":\"R-" + id(tier) + "\",\"issuer\":\"RMI\",\"validFrom\":\"2024-01-01\","
                + "\"expiresOn\":\"" + expiresOn + "\"}";
    }

    private void createSpec() throws Exception {
        createSpecRequiring(null, null);
    }

    private void createSpecRequiring(String kind, String rule) throws Exception {
        createSpec(kind, rule, "");
    }

    private void createSpec(String kind, String rule, String exclusions) throws Exception {
        List<String> qualified = new ArrayList<>();
        for (String tier : TIERS) {
            qualified.add("{\"tier\":\"" + tier + "\",\"sourceId\":\"" + id(tier) + "\"}");
        }
        String required = kind == null ? "" : ",\"requiredCertificates\":[{\"tier\":\"MAGNET_MAKER\",\"kind\":\"" + kind
                + "\",\"rule\":\"" + rule + "\"}]";
        send("/api/specifications", TestUsers.ALICE.as(), "{\"specificationId\":\"" + spec + "\",\"partNumber\":\"" + part
                + "\",\"grade\":\"42SH\",\"title\":\"Certificates\",\"characteristics\":[{\"characteristic\":\"HCJ\","
                + "\"min\":{\"value\":1592},\"testTemperature\":{\"value\":20,\"unit\":\"degC\"}}],"
                + "\"sourcingRules\":{\"qualifiedSources\":[" + String.join(",", qualified) + "],\"countryExclusions\":["
                + exclusions + "],"
                + "\"minimumCustodyModel\":\"SEGREGATED\"" + required + "},"
                + "\"maxWorkingTemperature\":{\"value\":150,\"unit\":\"degC\"}}");
        send("/api/specifications/" + spec + "/revisions/1/proposal", TestUsers.ALICE.as(), "{}");
        send("/api/specifications/" + spec + "/revisions/1/approval", TestUsers.BOB.as(),
                "{\"reason\":\"PPAP approved\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}");
        eventually("/api/sourcing/qualifications?specificationId=" + spec, q -> q.size() == 6);
    }

    private void receive(String lotId, String receivedAt) throws Exception {
        List<String> links = new ArrayList<>();
        for (String tier : TIERS) {
            links.add("{\"tier\":\"" + tier + "\",\"sourceId\":\"" + id(tier) + "\",\"country\":\"DE\"}");
        }
        send("/api/lots", rig(), "{\"lotId\":\"" + lotId + "\",\"supplierId\":\"" + id("MAGNET_MAKER") + "\",\"partNumber\":\""
                + part + "\",\"grade\":\"42SH\",\"quantity\":500,\"declaredChain\":{\"links\":[" + String.join(",", links)
                + "],\"custodyModel\":\"SEGREGATED\"},\"receivedAt\":\"" + receivedAt + "\"}");
    }

    private static RequestPostProcessor rig() {
        return request -> {
            request.addHeader("X-Api-Key", TestUsers.RIG_KEY);
            return request;
        };
    }

    private void send(String path, RequestPostProcessor actor, String body) throws Exception {
        int code = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).with(actor).content(body))
                .andReturn().getResponse().getStatus();
        assertThat(code).as("POST " + path).isBetween(200, 299);
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
