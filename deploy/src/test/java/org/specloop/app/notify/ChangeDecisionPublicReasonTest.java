package org.specloop.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.notify.WebhookSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Engineering change decisions over the REST API as the OEM's webhook receives them: the signer's reason stays
 * inside, the OEM reads the public reason given with the decision, or a neutral text when none was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.webhook.allowed-hosts=127.0.0.1",
        "specloop.notify.delivery.poll-interval=200ms",
        "specloop.notify.kafka.bootstrap-servers=",
        "specloop.notify.public-base-url=http://specloop.test"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ChangeDecisionPublicReasonTest {
    private static final String OEM = TestUsers.OEM.username;

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper json;
    @Autowired
    MockMvc mvc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String part = "P-ECPR-" + run;
    private final String spec = "SPEC-ECPR-" + run;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpServer receiver = startReceiver();

    private HttpServer startReceiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void the_oem_reads_the_public_reason_of_a_decision_and_never_the_signed_one() throws Exception {
        subscribe();

        String approved = completeChange("EC-ECPR-A-" + run);
        String rejected = completeChange("EC-ECPR-R-" + run);
        String silent = completeChange("EC-ECPR-S-" + run);

        // too long a public reason is refused like the reason, before anything is decided
        ResponseEntity<JsonNode> tooLong = call(TestUsers.BOB, "/api/engineering-changes/" + approved + "/approval", """
                {"reason": "ok", "signatureMeaning": "APPROVED", "password": "bob-demo", "publicReason": "%s"}"""
                .formatted("p".repeat(4001)));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(tooLong.getBody().path("errors").get(0).path("field").asText()).isEqualTo("publicReason");

        assertThat(call(TestUsers.BOB, "/api/engineering-changes/" + approved + "/approval", """
                {"reason": "AL-2 audit closed; porosity of batch 7 accepted", "signatureMeaning": "APPROVED",
                 "password": "bob-demo", "publicReason": "Second alloy maker qualified after requalification"}""")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(TestUsers.BOB, "/api/engineering-changes/" + rejected + "/rejection", """
                {"reason": "AL-3 price dispute", "password": "bob-demo", "publicReason": "The proposed source was not qualified"}""")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(TestUsers.BOB, "/api/engineering-changes/" + silent + "/rejection", """
                {"reason": "AL-4 failed the salt spray test", "password": "bob-demo"}""").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        eventually(() -> assertThat(received.stream().filter(b -> b.contains("change.approved") || b.contains("change.rejected")))
                .hasSize(3));
        assertThat(decision(approved).path("data").path("reason").asText())
                .isEqualTo("Second alloy maker qualified after requalification");
        assertThat(decision(rejected).path("data").path("reason").asText()).isEqualTo("The proposed source was not qualified");
        assertThat(decision(silent).path("data").path("reason").asText()).isEqualTo("Engineering change rejected");
        assertThat(received).noneMatch(body -> body.contains("porosity") || body.contains("price dispute")
                || body.contains("salt spray") || body.contains("qe.bob"));
    }

    @Test
    void the_change_pages_decision_forms_offer_the_public_reason_and_send_it() throws Exception {
        subscribe();
        String change = completeChange("EC-ECPR-UI-" + run);

        // the page reads the projection, which follows the evidence's answer shortly after: read until it shows the decision
        eventually(() -> {
            String page = mvc.perform(get("/ui/engineering-changes/" + change).with(TestUsers.BOB.as()).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"approve-public-reason\" name=\"publicReason\"",
                    "id=\"reject-public-reason\" name=\"publicReason\"");
        });

        mvc.perform(post("/ui/engineering-changes/" + change + "/rejection").with(TestUsers.BOB.as()).with(csrf())
                        .param("reason", "AL-5 coating porosity").param("publicReason", "  Source not qualified  ")
                        .param("password", "bob-demo"))
                .andExpect(status().isOk());
        mvc.perform(post("/ui/engineering-changes/" + completeChange("EC-ECPR-UI2-" + run) + "/approval")
                        .with(TestUsers.BOB.as()).with(csrf()).param("reason", "ok").param("publicReason", "p".repeat(4001))
                        .param("password", "bob-demo"))
                .andExpect(status().isBadRequest());

        eventually(() -> assertThat(received).anyMatch(b -> b.contains("change.rejected")));
        assertThat(decision(change).path("data").path("reason").asText()).isEqualTo("Source not qualified");
        assertThat(received).noneMatch(body -> body.contains("porosity") || body.contains("change.approved"));
    }

    private void subscribe() {
        assertThat(call(TestUsers.ADMIN, "/api/admin/oem-grants/" + OEM, """
                {"partNumbers": ["%s"], "reason": "supply agreement SA-9"}""".formatted(part)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        assertThat(call(TestUsers.OEM, "/api/subscriptions", """
                {"partNumbers": ["%s"], "channel": {"kind": "WEBHOOK", "url": "%s", "secrets": ["%s"]}}"""
                .formatted(part, url, WebhookSignature.newSecret())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        eventStore.publish(new GenericDomainEventMessage<>("Specification", spec, 0,
                new SpecificationCreated(spec, part, "45SH", "rotor magnet", "qe.alice")));
    }

    /** Raised by alice with one planned item and its evidence: ready for bob's decision. */
    private String completeChange(String changeId) {
        assertThat(call(TestUsers.ALICE, "/api/engineering-changes", """
                {"changeId": "%s", "trigger": "MANUAL", "title": "Alloy maker change", "specificationId": "%s"}"""
                .formatted(changeId, spec)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(call(TestUsers.ALICE, "/api/engineering-changes/" + changeId + "/plan", """
                {"items": [{"itemId": "FAI", "description": "first article", "evidenceType": "MEASUREMENT", "required": 1}]}""")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(TestUsers.ALICE, "/api/engineering-changes/" + changeId + "/evidence", """
                {"itemId": "FAI", "evidenceReference": "M-1"}""").getStatusCode()).isEqualTo(HttpStatus.OK);
        return changeId;
    }

    private JsonNode decision(String changeId) throws Exception {
        String body = received.stream().filter(b -> b.contains("\"changeId\":\"" + changeId + "\"")
                && (b.contains("change.approved") || b.contains("change.rejected"))).findFirst().orElseThrow();
        return json.readTree(body);
    }

    private ResponseEntity<JsonNode> call(TestUsers user, String path, String body) {
        HttpHeaders headers = user.basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void eventually(Eventually.Check assertion) throws Exception {
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), assertion);
    }
}
