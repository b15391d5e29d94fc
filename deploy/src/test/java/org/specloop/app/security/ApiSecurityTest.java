package org.specloop.app.security;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.specloop.app.TestUsers;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionReviewed;
import org.specloop.contracts.specification.SpecificationCreated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.ALICE;
import static org.specloop.app.TestUsers.BOB;
import static org.specloop.app.TestUsers.CAROL;
import static org.specloop.app.TestUsers.OEM;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may do what over the API, and that the recorded actor is always the authenticated one. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiSecurityTest {
    static final String SPEC = """
            {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "Rotor magnet",
             "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                                  "testTemperature": {"value": 20, "unit": "degC"}}],
             "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore events;

    private ResultActions postJson(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void createAndPropose(String id, TestUsers author) throws Exception {
        postJson(post("/api/specifications").with(author.as()), SPEC.formatted(id, "P-" + id)).andExpect(status().isCreated());
        mvc.perform(post("/api/specifications/" + id + "/revisions/1/proposal").with(author.as())).andExpect(status().isOk());
    }

    private static String approval(String password) {
        return "{\"reason\": \"PPAP complete\", \"signatureMeaning\": \"APPROVED\"" + (password == null ? "" : ", \"password\": \"" + password + "\"") + "}";
    }

    @Test
    void anonymousRequestsAreRefusedWithAProblem() throws Exception {
        mvc.perform(get("/api/lots")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:unauthenticated"));
        postJson(post("/api/specifications").header("X-Actor", "qe.alice"), SPEC.formatted("SPEC-ANON", "P-ANON"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void thePublishedContractsAreReadableWithoutSigningIn() throws Exception {
        // docs/security.md: AsyncAPI documents are public so that an integrator's tools can resolve them
        mvc.perform(get("/api/asyncapi/specloop-notifications")).andExpect(status().isOk());
        mvc.perform(post("/api/asyncapi/specloop-notifications")).andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongPasswordOrApiKeyIsRefused() throws Exception {
        mvc.perform(get("/api/lots").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic("qe.alice", "guess"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/lots").header("X-Api-Key", "not-a-key")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:unauthenticated"));
    }

    @Test
    void staffReadEngineeringDataAndOthersDoNot() throws Exception {
        mvc.perform(get("/api/lots").with(CAROL.as())).andExpect(status().isOk());
        mvc.perform(get("/api/specifications").with(TestUsers.ADMIN.as())).andExpect(status().isOk());
        mvc.perform(get("/api/lots").with(OEM.as())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:forbidden"));
        mvc.perform(get("/api/lots").header("X-Api-Key", TestUsers.RIG_KEY)).andExpect(status().isForbidden());
    }

    @Test
    void theRigReceivesLotsButCannotWriteSpecifications() throws Exception {
        // past authorization the controller judges the body: 400 proves the rig was let through
        postJson(post("/api/lots").header("X-Api-Key", TestUsers.RIG_KEY), "{}").andExpect(status().isBadRequest());
        postJson(post("/api/lots/LOT-X/measurements").header("X-Api-Key", TestUsers.RIG_KEY), "{}")
                .andExpect(status().isBadRequest());
        postJson(post("/api/specifications").header("X-Api-Key", TestUsers.RIG_KEY), SPEC.formatted("SPEC-RIG", "P-RIG"))
                .andExpect(status().isForbidden());
        postJson(post("/api/lots/LOT-X/release").header("X-Api-Key", TestUsers.RIG_KEY), "{\"reason\": \"x\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void qualityEngineersDefineAndReviseMotorDesignsAndRigsAndOemsDoNot() throws Exception {
        String design = """
                {"designId": "%s", "name": "Pump motor", "requirements": {"specificationId": "SPEC-MD",
                 "hotTestTemperature": {"value": 150, "unit": "degC"}, "thermalClass": "F"}}""";
        postJson(post("/api/specifications").with(ALICE.as()), SPEC.formatted("SPEC-MD", "P-SPEC-MD")).andExpect(status().isCreated());
        postJson(post("/api/motor-designs").with(CAROL.as()), design.formatted("MD-SEC-1")).andExpect(status().isCreated());
        postJson(post("/api/motor-designs/MD-SEC-1/requirements").with(CAROL.as()), """
                {"reason": "hotter duty", "requirements": {"specificationId": "SPEC-MD",
                 "hotTestTemperature": {"value": 160, "unit": "degC"}, "thermalClass": "F"}}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        postJson(post("/api/motor-designs").header("X-Api-Key", TestUsers.RIG_KEY), design.formatted("MD-SEC-2"))
                .andExpect(status().isForbidden());
        postJson(post("/api/motor-designs").with(OEM.as()), design.formatted("MD-SEC-3")).andExpect(status().isForbidden());
    }

    @Test
    void staffReadMotorDesignsAndResultsAndRigsAndOemsDoNot() throws Exception {
        for (String path : List.of("/api/motor-designs", "/api/motor-results/designs/MD-SEC-R",
                "/api/motor-results/motors/SN-SEC-R", "/api/motor-results/lots/LOT-SEC-R")) {
            mvc.perform(get(path).with(ALICE.as())).andExpect(status().isOk());
            mvc.perform(get(path).with(CAROL.as())).andExpect(status().isOk());
            mvc.perform(get(path).with(TestUsers.ADMIN.as())).andExpect(status().isOk());
            mvc.perform(get(path).with(OEM.as())).andExpect(status().isForbidden());
            mvc.perform(get(path).header("X-Api-Key", TestUsers.RIG_KEY)).andExpect(status().isForbidden());
        }
        // past authorization: the read model answers that nothing is known
        mvc.perform(get("/api/motor-designs/MD-SEC-NONE").with(ALICE.as())).andExpect(status().isNotFound());
        mvc.perform(get("/api/motor-designs/MD-SEC-NONE/versions/1").with(BOB.as())).andExpect(status().isNotFound());
        mvc.perform(get("/api/motor-results/runs/RUN-SEC-NONE").with(ALICE.as())).andExpect(status().isNotFound());
        mvc.perform(get("/api/motor-designs/MD-SEC-NONE").with(OEM.as())).andExpect(status().isForbidden());
    }

    @Test
    void onlyOemsManageSubscriptionsAndOnlyAdminsSeeMetrics() throws Exception {
        mvc.perform(get("/api/subscriptions").with(CAROL.as())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(CAROL.as())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(TestUsers.ADMIN.as())).andExpect(status().isOk());
        postJson(post("/api/specifications").with(TestUsers.ADMIN.as()), SPEC.formatted("SPEC-ADM", "P-ADM"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAdminsGrantOemsAndOnlyOemsReadTheirOwnGrants() throws Exception {
        String grant = """
                {"partNumbers": ["P-SEC-G"], "reason": "security test"}""";
        for (var notAdmin : List.of(CAROL, OEM, BOB)) {
            postJson(post("/api/admin/oem-grants/oem.acme").with(notAdmin.as()), grant).andExpect(status().isForbidden());
            mvc.perform(get("/api/admin/oem-grants/oem.acme").with(notAdmin.as())).andExpect(status().isForbidden());
        }
        postJson(post("/api/admin/oem-grants/oem.acme").with(TestUsers.ADMIN.as()), grant).andExpect(status().isOk());
        mvc.perform(get("/api/admin/oem-grants").with(TestUsers.ADMIN.as())).andExpect(status().isOk());
        mvc.perform(get("/api/grants").with(OEM.as())).andExpect(status().isOk());
        mvc.perform(get("/api/grants").with(CAROL.as())).andExpect(status().isForbidden());
        mvc.perform(get("/api/grants").header("X-Api-Key", TestUsers.RIG_KEY)).andExpect(status().isForbidden());
        postJson(post("/api/admin/oem-grants/oem.acme/revocation").with(TestUsers.ADMIN.as()), grant).andExpect(status().isOk());
    }

    @Test
    void aQualityEngineerWithoutTheApproverRoleCannotSign() throws Exception {
        createAndPropose("SPEC-SEC-1", ALICE);
        postJson(post("/api/specifications/SPEC-SEC-1/revisions/1/approval").with(CAROL.as()), approval(CAROL.password))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingNeedsThePasswordAgain() throws Exception {
        createAndPropose("SPEC-SEC-2", ALICE);
        postJson(post("/api/specifications/SPEC-SEC-2/revisions/1/approval").with(BOB.as()), approval(null))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:signature-not-confirmed"));
        postJson(post("/api/specifications/SPEC-SEC-2/revisions/1/approval").with(BOB.as()), approval(ALICE.password))
                .andExpect(status().isUnauthorized());
        postJson(post("/api/specifications/SPEC-SEC-2/revisions/1/approval").with(BOB.as()), approval(BOB.password))
                .andExpect(status().isOk());

        List<RevisionApproved> approvals = events.readEvents("SPEC-SEC-2").asStream().map(DomainEventMessage::getPayload)
                .filter(RevisionApproved.class::isInstance).map(RevisionApproved.class::cast).toList();
        assertThat(approvals).singleElement().extracting(RevisionApproved::approver).isEqualTo("qe.bob");
    }

    @Test
    void aReviewIsASignatureWithMeaningReviewed() throws Exception {
        createAndPropose("SPEC-SEC-5", ALICE);
        postJson(post("/api/specifications/SPEC-SEC-5/revisions/1/review").with(CAROL.as()), "{\"reason\": \"checked\", \"password\": \"carol-demo\"}")
                .andExpect(status().isForbidden());
        postJson(post("/api/specifications/SPEC-SEC-5/revisions/1/review").with(BOB.as()), "{\"reason\": \"checked\"}")
                .andExpect(status().isUnauthorized());
        postJson(post("/api/specifications/SPEC-SEC-5/revisions/1/review").with(BOB.as()), "{\"reason\": \"checked\", \"password\": \"bob-demo\"}")
                .andExpect(status().isOk());

        assertThat(events.readEvents("SPEC-SEC-5").asStream().map(DomainEventMessage::getPayload)
                .filter(RevisionReviewed.class::isInstance).map(RevisionReviewed.class::cast))
                .singleElement().satisfies(r -> {
                    assertThat(r.reviewer()).isEqualTo("qe.bob");
                    assertThat(r.signatureMeaning()).isEqualTo(SignatureMeaning.REVIEWED);
                });
    }

    @Test
    void theProposerCannotApproveEvenWithTheRole() throws Exception {
        createAndPropose("SPEC-SEC-3", ALICE);
        postJson(post("/api/specifications/SPEC-SEC-3/revisions/1/approval").with(ALICE.as()), approval(ALICE.password))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("four-eyes"));
    }

    @Test
    void theXActorHeaderCannotImpersonateTheAuthenticatedUser() throws Exception {
        postJson(post("/api/specifications").with(CAROL.as()).header("X-Actor", "qe.bob"), SPEC.formatted("SPEC-SEC-4", "P-4"))
                .andExpect(status().isCreated());

        DomainEventMessage<?> created = events.readEvents("SPEC-SEC-4").asStream()
                .filter(e -> e.getPayload() instanceof SpecificationCreated).findFirst().orElseThrow();
        assertThat(((SpecificationCreated) created.getPayload()).author()).isEqualTo("qe.carol");
        assertThat(created.getMetaData().get("actor")).isEqualTo("qe.carol");
    }

    @Test
    void aRigsCommandsNameTheRigFromItsKey() throws Exception {
        String lot = """
                {"lotId": "LOT-RIG-1", "supplierId": "MAG-DE-1", "partNumber": "P-9", "grade": "42SH", "quantity": 10,
                 "declaredChain": {"links": [{"tier": "MAGNET_MAKER", "sourceId": "MAG-DE-1", "country": "DE"}],
                                   "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}""".formatted(Instant.now());
        ResultActions result = postJson(post("/api/lots").header("X-Api-Key", TestUsers.RIG_KEY).header("X-Actor", "qe.bob"), lot);
        result.andExpect(status().isCreated());
        DomainEventMessage<?> received = events.readEvents("LOT-RIG-1").asStream().findFirst().orElseThrow();
        assertThat(received.getMetaData().get("actor")).isEqualTo(TestUsers.RIG_NAME);
    }

    @Test
    void aQualityEngineerRequestsADeviationAndOnlyAnotherApproverSignsItWithTheirPassword() throws Exception {
        postJson(post("/api/lots").with(ALICE.as()), """
                {"lotId": "LOT-SEC-DEV", "supplierId": "MAG-DE-1", "partNumber": "P-SEC-DEV", "grade": "42SH", "quantity": 10,
                 "receivedAt": "%s"}""".formatted(Instant.now()))
                .andExpect(status().isCreated());
        String request = "{\"deviationId\": \"DEV-SEC\", \"disposition\": \"USE_AS_IS\", \"reason\": \"certificate reviewed\"}";
        postJson(post("/api/lots/LOT-SEC-DEV/deviations").header("X-Api-Key", TestUsers.RIG_KEY), request)
                .andExpect(status().isForbidden());
        postJson(post("/api/lots/LOT-SEC-DEV/deviations").with(OEM.as()), request).andExpect(status().isForbidden());
        postJson(post("/api/lots/LOT-SEC-DEV/deviations").with(ALICE.as()), request).andExpect(status().isCreated());

        String approval = "/api/lots/LOT-SEC-DEV/deviations/DEV-SEC/approval";
        postJson(post(approval).with(CAROL.as()), approval(CAROL.password)).andExpect(status().isForbidden());
        postJson(post(approval).with(BOB.as()), approval(null)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:signature-not-confirmed"));
        postJson(post(approval).with(ALICE.as()), approval(ALICE.password)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("four-eyes"));
        postJson(post("/api/lots/LOT-SEC-DEV/deviations/DEV-SEC/rejection").with(CAROL.as()),
                "{\"reason\": \"no\", \"password\": \"carol-demo\"}").andExpect(status().isForbidden());
        postJson(post(approval).with(BOB.as()), approval(BOB.password)).andExpect(status().isOk());

        assertThat(events.readEvents("LOT-SEC-DEV").asStream().map(DomainEventMessage::getPayload)
                .filter(LotReleased.class::isInstance).map(LotReleased.class::cast))
                .singleElement().satisfies(released -> {
                    assertThat(released.actor()).isEqualTo("qe.bob");
                    assertThat(released.deviationId()).isEqualTo("DEV-SEC");
                });
    }

    @Test
    void releasingALotNobodyMeasuredIsRefusedWhoeverAsks() throws Exception {
        postJson(post("/api/lots").with(ALICE.as()), """
                {"lotId": "LOT-SEC-REL", "supplierId": "MAG-DE-1", "partNumber": "P-SEC-REL", "grade": "42SH", "quantity": 10,
                 "receivedAt": "%s"}""".formatted(Instant.now()))
                .andExpect(status().isCreated());
        postJson(post("/api/lots/LOT-SEC-REL/release").with(BOB.as()), "{\"reason\": \"certificate looks fine\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("lot-not-conforming"));
    }
}
