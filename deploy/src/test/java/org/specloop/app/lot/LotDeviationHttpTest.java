package org.specloop.app.lot;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A material review as the two quality engineers do it over real HTTP: a failed lot and a lot nobody
 * measured cannot be released by one person; qe.alice asks for a deviation, qe.bob signs it with his
 * password, and the lot, its deviations and its history say what was decided, by whom and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LotDeviationHttpTest {
    private static final String SPEC = """
            {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "Rotor magnet",
             "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                                  "testTemperature": {"value": 20, "unit": "degC"}}],
             "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""";
    private static final String FAILING_MEASUREMENT = """
            {"measurementId": "M-1", "sampleId": "S1", "testTemperature": {"value": 20, "unit": "degC"},
             "lab": "Lab A", "instrument": "HG-200", "method": "closed-circuit",
             "values": [{"characteristic": "HcJ", "value": 1550, "unit": "kA/m"}],
             "measuredAt": "2026-01-05T06:00:00Z"}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String part = "PN-DEV-" + suffix;

    @Test
    void aFailedLotIsReleasedOnlyThroughADeviationThatASecondPersonSigns() throws Exception {
        effectiveSpecification();
        String lot = receivedLot("LOT-DEV-" + suffix);
        assertThat(post(TestUsers.ALICE, "/api/lots/" + lot + "/measurements", FAILING_MEASUREMENT).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        eventually(() -> assertThat(lot(lot).path("lot").path("lastVerdict").asText()).isEqualTo("FAIL"));

        ResponseEntity<JsonNode> release = post(TestUsers.BOB, "/api/lots/" + lot + "/release", "{\"reason\": \"we need the parts\"}");
        assertThat(release.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(release.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(release.getBody().path("rule").asText()).isEqualTo("lot-not-conforming");

        ResponseEntity<JsonNode> requested = post(TestUsers.ALICE, "/api/lots/" + lot + "/deviations", """
                {"disposition": "USE_AS_IS", "reason": "HcJ 2.6 % low; rotor runs at 120 degC, margin shown by motor tests"}""");
        assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String deviation = requested.getBody().path("deviationId").asText();
        String signing = "/api/lots/" + lot + "/deviations/" + deviation + "/approval";

        ResponseEntity<JsonNode> byAlice = post(TestUsers.ALICE, signing, signature("alice-demo"));
        assertThat(byAlice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(byAlice.getBody().path("rule").asText()).isEqualTo("four-eyes");
        ResponseEntity<JsonNode> wrongPassword = post(TestUsers.BOB, signing, signature("alice-demo"));
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getBody().path("type").asText()).isEqualTo("urn:specloop:problem:signature-not-confirmed");
        eventually(() -> assertThat(lot(lot).path("deviations").path(0).path("status").asText()).isEqualTo("OPEN"));
        assertThat(lot(lot).path("lot").path("disposition").asText()).isEqualTo("HELD");

        assertThat(post(TestUsers.BOB, signing, signature("bob-demo")).getStatusCode()).isEqualTo(HttpStatus.OK);

        eventually(() -> {
            JsonNode view = lot(lot);
            assertThat(view.path("lot").path("disposition").asText()).isEqualTo("RELEASED");
            assertThat(view.path("dispositionBy").asText()).isEqualTo("qe.bob");
            JsonNode signed = view.path("deviations").path(0);
            assertThat(signed.path("deviationId").asText()).isEqualTo(deviation);
            assertThat(signed.path("status").asText()).isEqualTo("APPROVED");
            assertThat(signed.path("requestedBy").asText()).isEqualTo("qe.alice");
            assertThat(signed.path("verdictAtRequest").asText()).isEqualTo("FAIL");
            assertThat(signed.path("decidedBy").asText()).isEqualTo("qe.bob");
            assertThat(signed.path("signatureMeaning").asText()).isEqualTo("APPROVED");
        });
        JsonNode one = get("/api/lots/" + lot + "/deviations/" + deviation).getBody();
        assertThat(one.path("decisionReason").asText()).isEqualTo("MRB agrees");
        eventually(() -> assertThat(get("/api/lots/" + lot + "/history?size=50").getBody().path("items").toString())
                .contains("deviation " + deviation + " requested (USE_AS_IS, last verdict FAIL)")
                .contains("deviation " + deviation + " (USE_AS_IS) signed APPROVED by qe.bob: MRB agrees")
                .contains("(under deviation " + deviation + ")"));
        HttpHeaders page = TestUsers.CAROL.basic();
        page.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> lotPage = http.exchange("/ui/lots/" + lot, HttpMethod.GET, new HttpEntity<>(page), String.class);
        assertThat(lotPage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lotPage.getBody()).contains("Deviations (material review)").contains(deviation).contains("MRB agrees");
    }

    @Test
    void aLotNobodyMeasuredIsScrappedOnlyOnceASecondPersonSigns() throws Exception {
        String lot = receivedLot("LOT-DEV-UNMEASURED-" + suffix);
        ResponseEntity<JsonNode> release = post(TestUsers.ALICE, "/api/lots/" + lot + "/release", "{\"reason\": \"certificate looks fine\"}");
        assertThat(release.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(release.getBody().path("rule").asText()).isEqualTo("lot-not-conforming");

        assertThat(post(TestUsers.ALICE, "/api/lots/" + lot + "/deviations", """
                {"deviationId": "DEV-SCRAP", "disposition": "SCRAP", "reason": "no certificate, no sample left to measure"}""")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        eventually(() -> assertThat(lot(lot).path("lot").path("disposition").asText()).isEqualTo("AWAITING_EVALUATION"));
        assertThat(post(TestUsers.BOB, "/api/lots/" + lot + "/deviations/DEV-SCRAP/approval", signature("bob-demo"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        eventually(() -> {
            JsonNode view = lot(lot);
            assertThat(view.path("lot").path("disposition").asText()).isEqualTo("REJECTED");
            JsonNode noVerdict = view.path("deviations").path(0).path("verdictAtRequest");
            assertThat(noVerdict.isNull() || noVerdict.isMissingNode()).as("no verdict: never evaluated").isTrue();
            assertThat(view.path("deviations").path(0).path("status").asText()).isEqualTo("APPROVED");
        });
    }

    private void effectiveSpecification() throws Exception {
        String spec = "SPEC-DEV-" + suffix;
        assertThat(post(TestUsers.ALICE, "/api/specifications", SPEC.formatted(spec, part)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post(TestUsers.ALICE, "/api/specifications/" + spec + "/revisions/1/proposal", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post(TestUsers.BOB, "/api/specifications/" + spec + "/revisions/1/approval", signature("bob-demo"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        // the conformance policy must know the revision before the lot's measurement asks it
        eventually(() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM lot_conformance_revision WHERE part_number = ?",
                Integer.class, part)).isPositive());
    }

    private String receivedLot(String lot) {
        assertThat(post(TestUsers.ALICE, "/api/lots", """
                {"lotId": "%s", "supplierId": "SUP-DEV", "partNumber": "%s", "grade": "42SH", "quantity": 100,
                 "receivedAt": "%s"}"""
                .formatted(lot, part, Instant.now())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return lot;
    }

    private static String signature(String password) {
        return "{\"reason\": \"MRB agrees\", \"signatureMeaning\": \"APPROVED\", \"password\": \"" + password + "\"}";
    }

    private JsonNode lot(String lot) {
        ResponseEntity<JsonNode> response = get("/api/lots/" + lot);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestUsers.CAROL.basic()), JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(TestUsers user, String path, String body) {
        HttpHeaders headers = user.basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void eventually(Eventually.Check check) throws Exception {
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), check);
    }
}
