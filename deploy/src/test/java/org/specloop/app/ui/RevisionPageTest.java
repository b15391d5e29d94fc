package org.specloop.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The revision page as an approver reads it: the diff is against the revision the shown one replaced
 * (not the one numbered before it), and approving while an older revision waits to come into force
 * later is warned about before the signature. A missing object is a page that says so.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RevisionPageTest {
    private static final String CONTENT = """
            "characteristics":[{"characteristic":"HcJ","min":{"value":%s,"unit":"kA/m"},
                                "testTemperature":{"value":20,"unit":"degC"}}],
            "maxWorkingTemperature":{"value":150,"unit":"degC"}""";
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private final String part = "PN-REVPAGE-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anOlderRevisionWaitingToComeIntoForceIsWarnedAboutAndTheDiffIsAgainstTheReplacedRevision() throws Exception {
        String spec = json.readTree(send(TestUsers.ALICE, "/api/specifications", """
                {"partNumber":"%s","grade":"42SH","title":"Rotor magnet",%s}""".formatted(part, CONTENT.formatted(1592)))
                .getResponse().getContentAsString()).path("specificationId").asText();
        proposeAndApprove(spec, 1, null);
        Instant nextMonth = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        draft(spec, 1600);
        proposeAndApprove(spec, 2, nextMonth);
        draft(spec, 1550);
        send(TestUsers.ALICE, "/api/specifications/" + spec + "/revisions/3/proposal", null);

        String proposed = eventuallyPage(spec, 3, "overtake-warning");
        assertThat(proposed).contains("is approved to come into force on").contains(">2</a>");

        send(TestUsers.BOB, "/api/specifications/" + spec + "/revisions/3/approval",
                "{\"reason\":\"capability study\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"}");
        String effective = eventuallyPage(spec, 3, "against revision 1 (SUPERSEDED)");
        assertThat(effective).doesNotContain("overtake-warning");
    }

    @Test
    void aMissingLotIsAWorkspacePageForTheBrowserAndAProblemForItsScripts() throws Exception {
        MvcResult page = mvc.perform(get("/ui/lots/LOT-NOPE-1").with(TestUsers.CAROL.as()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(page.getResponse().getContentType()).startsWith("text/html");
        assertThat(page.getResponse().getContentAsString()).contains("no lot &#39;LOT-NOPE-1&#39;").contains("qe.carol");

        MvcResult script = mvc.perform(get("/ui/lots/LOT-NOPE-1").with(TestUsers.CAROL.as()).header("HX-Request", "true")
                .accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound()).andReturn();
        assertThat(script.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(script.getResponse().getContentAsString()).path("detail").asText()).isEqualTo("no lot 'LOT-NOPE-1'");
    }

    private void draft(String spec, double hcjMin) throws Exception {
        send(TestUsers.ALICE, "/api/specifications/" + spec + "/revisions",
                "{\"reason\":\"HcJ to %s\",%s}".formatted(hcjMin, CONTENT.formatted(hcjMin)));
    }

    private void proposeAndApprove(String spec, int revision, Instant effectiveFrom) throws Exception {
        send(TestUsers.ALICE, "/api/specifications/" + spec + "/revisions/" + revision + "/proposal", null);
        send(TestUsers.BOB, "/api/specifications/" + spec + "/revisions/" + revision + "/approval",
                "{\"reason\":\"ok\",\"signatureMeaning\":\"APPROVED\",\"password\":\"bob-demo\"%s}"
                        .formatted(effectiveFrom == null ? "" : ",\"effectiveFrom\":\"" + effectiveFrom + "\""));
    }

    private MvcResult send(TestUsers user, String path, String body) throws Exception {
        var request = post(path).with(user.as());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString())
                .isBetween(200, 201);
        return result;
    }

    private String eventuallyPage(String spec, int revision, String expected) throws Exception {
        String[] page = new String[1];
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> {
            page[0] = mvc.perform(get("/ui/specifications/" + spec + "/revisions/" + revision).with(TestUsers.BOB.as())
                    .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
            assertThat(page[0]).contains(expected);
        });
        return page[0];
    }
}
