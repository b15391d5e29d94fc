package org.specloop.app.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval record over real HTTP: a revision authored by one quality engineer and reviewed and approved
 * by another is downloaded as PDF by a third, read back with PDFBox, and states the changed limit and both
 * signers with the meaning and UTC time of each signature; likewise a decided engineering change. Unknown
 * objects, other formats and roles that may not read are problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApprovalRecordHttpTest {
    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final String CONTENT = """
            "characteristics":[{"characteristic":"HcJ","min":{"value":%s,"unit":"kA/m"},
                                "testTemperature":{"value":20,"unit":"degC"}}],
            "maxWorkingTemperature":{"value":150,"unit":"degC"}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private final String part = "PN-RECORD-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aFourEyesApprovedRevisionsRecordStatesTheChangeAndEverySignature() throws Exception {
        String spec = json.readTree(post(TestUsers.ALICE, "/api/specifications", """
                {"partNumber":"%s","grade":"42SH","title":"Rotor magnet record",%s}""".formatted(part, CONTENT.formatted(1592)))
                .getBody()).path("specificationId").asText();
        post(TestUsers.ALICE, "/api/specifications/" + spec + "/revisions/1/proposal", null);
        post(TestUsers.BOB, "/api/specifications/" + spec + "/revisions/1/approval",
                "{\"reason\":\"initial\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}");
        post(TestUsers.ALICE, "/api/specifications/" + spec + "/revisions",
                "{\"reason\":\"tighten HcJ after drift\",%s}".formatted(CONTENT.formatted(1600)));
        post(TestUsers.ALICE, "/api/specifications/" + spec + "/revisions/2/proposal", null);
        post(TestUsers.BOB, "/api/specifications/" + spec + "/revisions/2/review",
                "{\"reason\":\"limits checked\",\"password\":\"bob-demo\"}");
        post(TestUsers.BOB, "/api/specifications/" + spec + "/revisions/2/approval",
                "{\"reason\":\"capability study attached\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}");
        JsonNode[] revision = new JsonNode[1];
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> {
            revision[0] = json.readTree(get(TestUsers.CAROL, "/api/specifications/" + spec + "/revisions/2",
                    MediaType.APPLICATION_JSON).getBody());
            assertThat(revision[0].path("status").asText()).isEqualTo("EFFECTIVE");
        });

        ResponseEntity<byte[]> pdf = http.exchange("/api/specifications/" + spec + "/revisions/2/record", HttpMethod.GET,
                new HttpEntity<>(headers(TestUsers.CAROL, PDF)), byte[].class);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().isCompatibleWith(PDF)).isTrue();
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo(spec + "-rev2-approval-record.pdf");
        String text = text(pdf.getBody());
        assertThat(text).contains("Approval record: " + spec + " revision 2", "Part " + part, "What changed against revision 1",
                "characteristics/HCJ@20degC/min CHANGED 1592 kA/m 1600 kA/m", "Compared with revision 1 (SUPERSEDED)");
        String proposedAt = time(revision[0], "proposedAt");
        String approvedAt = time(revision[0], "approvedAt");
        assertThat(text).contains("Proposed for approval qe.alice " + proposedAt + " PROPOSED",
                "Approval signature qe.bob " + approvedAt + " APPROVED capability study attached",
                "Review signature qe.bob", "REVIEWED limits checked", "Drafted (author) qe.alice");
        assertThat(text.indexOf("Review signature")).as("signatures in the order they were given")
                .isLessThan(text.indexOf("Approval signature"));
    }

    @Test
    void aRejectedChangesRecordStatesItsDecisionSignature() throws Exception {
        String change = json.readTree(post(TestUsers.ALICE, "/api/engineering-changes", """
                {"trigger":"MANUAL","title":"Coating change for the record","description":"supplier notice"}""")
                .getBody()).path("changeId").asText();
        post(TestUsers.BOB, "/api/engineering-changes/" + change + "/rejection",
                "{\"reason\":\"coating not equivalent\",\"password\":\"bob-demo\"}");
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(json.readTree(
                get(TestUsers.CAROL, "/api/engineering-changes/" + change, MediaType.APPLICATION_JSON).getBody())
                .path("change").path("decision").asText()).isEqualTo("REJECTED"));
        JsonNode view = json.readTree(get(TestUsers.CAROL, "/api/engineering-changes/" + change, MediaType.APPLICATION_JSON).getBody());

        String text = text(http.exchange("/api/engineering-changes/" + change + "/record", HttpMethod.GET,
                new HttpEntity<>(headers(TestUsers.CAROL, PDF)), byte[].class).getBody());

        assertThat(text).contains("Engineering change " + change, "Coating change for the record",
                "Raised qe.alice", "Decision signature qe.bob " + time(view, "decidedAt") + " REJECTED coating not equivalent",
                "The change swaps no source.");

        String page = get(TestUsers.CAROL, "/ui/engineering-changes/" + change, MediaType.TEXT_HTML).getBody();
        assertThat(page).contains("href=\"/ui/engineering-changes/" + change + "/record\"",
                "href=\"/api/engineering-changes/" + change + "/record\"");
        ResponseEntity<String> printable = get(TestUsers.CAROL, "/ui/engineering-changes/" + change + "/record", MediaType.TEXT_HTML);
        assertThat(printable.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(printable.getBody()).contains("Decision signature", "qe.bob", time(view, "decidedAt"), "REJECTED",
                "coating not equivalent", "/ui/assets/record.css");
    }

    @Test
    void unknownObjectsOtherFormatsAndRolesThatMayNotReadAreProblems() {
        problem(get(TestUsers.CAROL, "/api/specifications/SPEC-NO-SUCH/revisions/1/record", PDF), HttpStatus.NOT_FOUND);
        problem(get(TestUsers.CAROL, "/api/engineering-changes/ECO-NO-SUCH/record", PDF), HttpStatus.NOT_FOUND);
        ResponseEntity<String> json = get(TestUsers.CAROL, "/api/engineering-changes/ECO-NO-SUCH/record", MediaType.APPLICATION_JSON);
        problem(json, HttpStatus.NOT_ACCEPTABLE);
        assertThat(json.getBody()).contains("urn:specloop:problem:http-406");
        problem(get(TestUsers.OEM, "/api/engineering-changes/ECO-NO-SUCH/record", PDF), HttpStatus.FORBIDDEN);
    }

    private static String time(JsonNode node, String field) {
        return UTC.format(Instant.parse(node.path(field).asText()));
    }

    /** The PDF's text with every run of white space as one blank, so that table cells read as a line. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void problem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(response.getHeaders().toString()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(response.getHeaders().getContentType().toString()).isTrue();
    }

    private static HttpHeaders headers(TestUsers user, MediaType accept) {
        HttpHeaders headers = user.basic();
        headers.setAccept(List.of(accept));
        return headers;
    }

    private ResponseEntity<String> get(TestUsers user, String path, MediaType accept) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user, accept)), String.class);
    }

    private ResponseEntity<String> post(TestUsers user, String path, String body) {
        HttpHeaders headers = user.basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + ": " + response.getBody()).isTrue();
        return response;
    }
}
