package org.specloop.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the HTTP bad-input corpus against the real application over a real socket: the answer
 * is the expected 4xx as RFC 9457 problem+json with no stack trace or SQL in it (NDJSON ingest refuses
 * the line instead), and nothing is stored, except injection strings in free text, which must come back
 * verbatim from the API and escaped in the HTML page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.http.max-request-size=64KB", "specloop.http.max-ingest-request-size=256KB"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpBadInputTest {
    private static final HttpCorpus.Limits LIMITS = new HttpCorpus.Limits(64 * 1024, 256 * 1024);
    /** What must never reach a client: stack frames, exception class names, database errors. */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at java.", "SQLState", "org.h2",
            "PSQL", "jdbc:", "Caused by", "springframework", "axonframework", "Hibernate");
    /** Tables a bad request could write to: the event store, and what is stored outside it. */
    private static final List<String> STORED = List.of("domain_event_entry", "notify_subscription", "ingest_rig_run",
            "q_lot", "q_lot_measurement", "q_lot_deviation", "q_specification", "q_spec_revision", "q_change", "q_change_evidence");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    private final Map<String, String> fixtures = new LinkedHashMap<>();

    @BeforeAll
    void createTheObjectsTheEndpointsNeed() {
        ApiClient api = new ApiClient(port);
        fixtures.put("spec", "SPEC-BAD-1");
        fixtures.put("lot", "LOT-BAD-1");
        HttpCorpus corpus = new HttpCorpus(fixtures, LIMITS);
        ObjectNodes spec = new ObjectNodes(corpus.endpoint("create-specification").valid());
        assertThat(api.post("/api/specifications", "qe.alice", spec.with("specificationId", "SPEC-BAD-1")
                .with("partNumber", "PN-BAD").text()).status()).isEqualTo(201);
        ObjectNodes lot = new ObjectNodes(corpus.endpoint("receive-lot").valid());
        assertThat(api.post("/api/lots", "qe.alice", lot.with("lotId", "LOT-BAD-1").text()).status()).isEqualTo(201);
        ApiClient.Response change = api.post("/api/engineering-changes", "qe.alice", """
                {"trigger":"MANUAL","title":"corpus change","description":"d","specificationId":"SPEC-BAD-1",
                 "sourceChanges":[{"tier":"ALLOY_MAKER","previousSourceId":"AL-1","newSourceId":"AL-2"}]}""");
        assertThat(change.status()).as(change.body().toString()).isEqualTo(201);
        fixtures.put("change", change.body().path("changeId").asText());
        api.await("/api/lots/LOT-BAD-1", body -> true);
        awaitQuiet();
    }

    List<HttpCorpus.Case> cases() {
        // the fixture ids are fixed, so the corpus can be expanded before the application is up
        Map<String, String> ids = new LinkedHashMap<>(Map.of("spec", "SPEC-BAD-1", "lot", "LOT-BAD-1"));
        ids.put("change", "{change}");
        return new HttpCorpus(ids, LIMITS).all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bad_input_is_refused_clearly_and_nothing_is_stored(HttpCorpus.Case c) throws Exception {
        Map<String, Long> before = counts();
        RawHttp.Reply reply = RawHttp.send(port, request(c));

        for (String leak : LEAKS) {
            assertThat(reply.body()).as("%s: the answer leaks '%s': %s", c, leak, reply.body()).doesNotContain(leak);
        }
        if (c.verbatim() != null) {
            assertVerbatimAndEscaped(c, reply);
            return;
        }
        HttpCorpus.Expect expect = c.expect();
        if (expect.refusedLine() != null) {
            assertThat(reply.status()).as("%s: %s", c, reply.body()).isEqualTo(200);
            JsonNode answer = JSON.readTree(reply.body());
            assertThat(answer.path("accepted").asInt()).as("%s: %s", c, reply.body()).isZero();
            assertThat(answer.path("refused").path(0).path("line").asInt()).as("%s: %s", c, reply.body())
                    .isEqualTo(expect.refusedLine());
            assertThat(answer.path("refused").path(0).path("reason").asText()).as(c.toString()).isNotBlank();
        } else {
            assertThat(reply.status()).as("%s: %s", c, reply.body()).isEqualTo(expect.status());
            if (!expect.protocol()) {
                assertProblem(c, reply, expect);
            }
        }
        assertThat(counts()).as("%s: something was stored", c).isEqualTo(before);
    }

    private void assertProblem(HttpCorpus.Case c, RawHttp.Reply reply, HttpCorpus.Expect expect) throws Exception {
        assertThat(reply.header("Content-Type")).as("%s: %s", c, reply.body()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.path("status").asInt()).as(c.toString()).isEqualTo(expect.status());
        assertThat(problem.path("type").asText()).as(c.toString()).startsWith("urn:specloop:problem:");
        if (expect.type() != null) {
            assertThat(problem.path("type").asText()).as("%s: %s", c, reply.body())
                    .isEqualTo("urn:specloop:problem:" + expect.type());
        }
        assertThat(problem.path("title").asText()).as(c.toString()).isNotBlank();
        assertThat(problem.path("detail").asText()).as(c.toString()).isNotBlank();
    }

    private void assertVerbatimAndEscaped(HttpCorpus.Case c, RawHttp.Reply reply) throws Exception {
        HttpCorpus.Verbatim v = c.verbatim();
        assertThat(reply.status()).as("%s: %s", c, reply.body()).isBetween(200, 201);
        String id = v.idFrom() != null ? JSON.readTree(reply.body()).at(v.idFrom()).asText()
                : JSON.readTree(new String(c.body(), StandardCharsets.UTF_8)).at(v.idField()).asText();
        ApiClient api = new ApiClient(port);
        api.await(v.read().replace("{id}", id), view -> v.value().equals(view.at(v.readField()).asText()));
        RawHttp.Reply page = RawHttp.send(port, new RawHttp.Request("GET", v.page().replace("{id}", id),
                Map.of("Authorization", basic(TestUsers.ALICE), "Accept", "text/html"), null, null, false));
        assertThat(page.status()).as("%s page: %s", c, page.body()).isEqualTo(200);
        if (v.value().contains("<")) {
            assertThat(page.body()).as(c + ": the page shows markup from the input unescaped").doesNotContain(v.value());
        }
        assertThat(page.body()).as(c + ": the page does not show the text escaped").contains(HtmlUtils.htmlEscape(v.value()));
    }

    private RawHttp.Request request(HttpCorpus.Case c) {
        Map<String, String> headers = new LinkedHashMap<>(c.headers());
        if (c.contentType() != null) {
            headers.put("Content-Type", c.contentType());
        }
        if (c.endpoint().actor().equals("rig")) {
            headers.put("X-Api-Key", TestUsers.RIG_KEY);
        } else {
            headers.put("Authorization", basic(user(c.endpoint().actor())));
        }
        String path = c.endpoint().path().replace("{spec}", fixtures.get("spec")).replace("{lot}", fixtures.get("lot"))
                .replace("{change}", fixtures.get("change"));
        byte[] body = new String(c.body(), StandardCharsets.ISO_8859_1).contains("{change}")
                ? new String(c.body(), StandardCharsets.UTF_8).replace("{change}", fixtures.get("change")).getBytes(StandardCharsets.UTF_8)
                : c.body();
        return new RawHttp.Request("POST", path, headers, c.rawHeaderLine(), body, c.chunked());
    }

    private static TestUsers user(String name) {
        for (TestUsers u : TestUsers.values()) {
            if (u.username.equals(name)) {
                return u;
            }
        }
        throw new IllegalArgumentException("no test user " + name);
    }

    private static String basic(TestUsers user) {
        return "Basic " + Base64.getEncoder().encodeToString((user.username + ":" + user.password).getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : STORED) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    /** Policies react to the fixtures asynchronously; the counts are compared only once they stand still. */
    private void awaitQuiet() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Map<String, Long> last = counts();
        int still = 0;
        while (still < 5 && Instant.now().isBefore(deadline)) {
            sleep(200);
            Map<String, Long> now = counts();
            still = now.equals(last) ? still + 1 : 0;
            last = now;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid body from the corpus with a few top-level fields replaced. */
    private record ObjectNodes(JsonNode node) {
        ObjectNodes with(String field, String value) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = node.deepCopy();
            copy.put(field, value);
            return new ObjectNodes(copy);
        }

        String text() {
            return node.toString();
        }
    }
}
