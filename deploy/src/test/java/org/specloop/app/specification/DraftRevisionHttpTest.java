package org.specloop.app.specification;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing and discarding a draft over real HTTP: a quality engineer replaces a draft's content (checked
 * like a new draft), discards a draft so that the spec takes a new one, and is refused both once the
 * revision is proposed; other roles are refused outright.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DraftRevisionHttpTest {
    private static final String SPEC = """
            {"specificationId": "%s", "partNumber": "PN-%s", "grade": "42SH", "title": "Rotor magnet",
             "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                                  "testTemperature": {"value": 20, "unit": "degC"}}]}""";
    private static final String CONTENT = """
            {"characteristics": [{"characteristic": "HcJ", "min": {"value": %s, "unit": "%s"},
                                  "testTemperature": {"value": 20, "unit": "degC"}}],
             "reason": "%s"}""";

    @Autowired
    TestRestTemplate http;

    private final String spec = "SPEC-DRAFT-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDraftIsEditedWithItsUnitsConvertedAndCheckedLikeANewDraft() throws Exception {
        created();
        ResponseEntity<JsonNode> edited = send(TestUsers.CAROL, HttpMethod.PUT, "/revisions/1",
                CONTENT.formatted("20.1", "kOe", "HcJ in kOe from the supplier sheet"));
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
        eventually(() -> {
            JsonNode revision = get("/revisions/1");
            assertThat(revision.path("content").path("characteristics").path(0).path("min").asDouble()).isBetween(1599.0, 1600.5);
            assertThat(revision.path("draftReason").asText()).isEqualTo("HcJ in kOe from the supplier sheet");
            assertThat(revision.path("author").asText()).isEqualTo("qe.alice");
        });
        eventually(() -> assertThat(get("/history?size=50").path("items").toString())
                .contains("edited draft revision 1: HcJ in kOe from the supplier sheet"));

        ResponseEntity<JsonNode> badUnit = send(TestUsers.CAROL, HttpMethod.PUT, "/revisions/1",
                CONTENT.formatted("1600", "T", "wrong unit"));
        assertThat(badUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badUnit.getBody().toString()).contains("characteristics[0].min");
        ResponseEntity<JsonNode> noReason = send(TestUsers.CAROL, HttpMethod.PUT, "/revisions/1",
                CONTENT.formatted("1600", "kA/m", ""));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().toString()).contains("reason");

        assertThat(send(TestUsers.ALICE, HttpMethod.POST, "/revisions/1/proposal", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> afterProposal = send(TestUsers.CAROL, HttpMethod.PUT, "/revisions/1",
                CONTENT.formatted("1610", "kA/m", "too late"));
        assertThat(afterProposal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(afterProposal.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(afterProposal.getBody().path("rule").asText()).isEqualTo("revision-not-draft");
    }

    @Test
    void aDiscardedDraftNoLongerBlocksTheSpecification() throws Exception {
        created();
        String nextDraft = CONTENT.formatted("1600", "kA/m", "tighter HcJ");
        ResponseEntity<JsonNode> blocked = send(TestUsers.CAROL, HttpMethod.POST, "/revisions", nextDraft);
        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(blocked.getBody().path("rule").asText()).isEqualTo("open-revision-exists");

        assertThat(send(TestUsers.CAROL, HttpMethod.POST, "/revisions/1/discard", "{\"reason\": \"\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(send(TestUsers.CAROL, HttpMethod.POST, "/revisions/1/discard", "{\"reason\": \"wrong grade\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        eventually(() -> {
            JsonNode revision = get("/revisions/1");
            assertThat(revision.path("status").asText()).isEqualTo("DISCARDED");
            assertThat(revision.path("discardedBy").asText()).isEqualTo("qe.carol");
            assertThat(revision.path("decisionReason").asText()).isEqualTo("wrong grade");
        });

        ResponseEntity<JsonNode> drafted = send(TestUsers.CAROL, HttpMethod.POST, "/revisions", nextDraft);
        assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(drafted.getBody().path("revision").asInt()).isEqualTo(2);

        assertThat(send(TestUsers.CAROL, HttpMethod.POST, "/revisions/2/proposal", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> proposed = send(TestUsers.CAROL, HttpMethod.POST, "/revisions/2/discard", "{\"reason\": \"oops\"}");
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(proposed.getBody().path("rule").asText()).isEqualTo("revision-not-draft");
    }

    @Test
    void onlyQualityEngineersEditOrDiscard() {
        created();
        ResponseEntity<JsonNode> edit = send(TestUsers.OEM, HttpMethod.PUT, "/revisions/1", CONTENT.formatted("1600", "kA/m", "x"));
        assertThat(edit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> discard = send(TestUsers.ADMIN, HttpMethod.POST, "/revisions/1/discard", "{\"reason\": \"x\"}");
        assertThat(discard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(discard.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    /** The editor's live diff: what is typed, in any unit, against the revision in force; staff only. */
    @Test
    void theLiveDiffComparesTypedContentWithTheRevisionInForce() throws Exception {
        created();
        assertThat(send(TestUsers.ALICE, HttpMethod.POST, "/revisions/1/proposal", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(send(TestUsers.BOB, HttpMethod.POST, "/revisions/1/approval",
                "{\"reason\": \"baseline\", \"signatureMeaning\": \"APPROVED\", \"password\": \"bob-demo\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        eventually(() -> assertThat(get("/revisions/1").path("status").asText()).isEqualTo("EFFECTIVE"));
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("specificationId", spec);
        form.add("content", CONTENT.formatted("20.2", "kOe", "typing"));

        ResponseEntity<String> diff = preview(TestUsers.CAROL, form);
        assertThat(diff.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(diff.getBody()).contains("characteristics/HCJ@20degC/min").contains("1592 kA/m").contains("1607.46 kA/m");
        form.set("content", CONTENT.formatted("1.2", "T", "typing"));
        assertThat(preview(TestUsers.CAROL, form).getBody()).contains("diff-unreadable").contains("HcJ: ");
        assertThat(preview(TestUsers.OEM, form).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> preview(TestUsers user, org.springframework.util.MultiValueMap<String, String> form) {
        HttpHeaders headers = user.basic();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.exchange("/ui/draft-diff", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private void created() {
        HttpHeaders headers = TestUsers.ALICE.basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/specifications", HttpMethod.POST, new HttpEntity<>(SPEC.formatted(spec, spec), headers),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> response = http.exchange("/api/specifications/" + spec + path, HttpMethod.GET,
                new HttpEntity<>(TestUsers.CAROL.basic()), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> send(TestUsers user, HttpMethod method, String path, String body) {
        HttpHeaders headers = user.basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/specifications/" + spec + path, method,
                new HttpEntity<>(body == null ? "{}" : body, headers), JsonNode.class);
    }

    private static void eventually(Eventually.Check check) throws Exception {
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), check);
    }
}
