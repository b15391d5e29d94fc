package org.specloop.app.lot;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.specloop.contracts.lot.LotDeviationRequested;
import org.specloop.contracts.lot.LotHeld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The material review from the workspace lot page: ask as one quality engineer, sign as another. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LotDeviationPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore events;

    private final String lot = "LOT-DEV-UI-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aLotNobodyMeasuredIsReleasedFromItsPageOnlyWithASecondPersonsSignature() throws Exception {
        mvc.perform(post("/api/lots").with(TestUsers.ALICE.as()).contentType(MediaType.APPLICATION_JSON).content("""
                {"lotId": "%s", "supplierId": "SUP-UI", "partNumber": "PN-DEV-UI", "grade": "42SH", "quantity": 10,
                 "receivedAt": "%s"}"""
                .formatted(lot, Instant.now()))).andExpect(status().isCreated());
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(page(TestUsers.ALICE)).contains("Ask for a deviation"));

        mvc.perform(post("/ui/lots/" + lot + "/deviations").with(TestUsers.ALICE.as()).with(csrf())
                        .param("disposition", "USE_AS_IS").param("reason", "certificate and supplier SPC reviewed"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("requested by qe.alice")));
        String deviation = events.readEvents(lot).asStream().map(DomainEventMessage::getPayload)
                .filter(LotDeviationRequested.class::isInstance).map(LotDeviationRequested.class::cast)
                .findFirst().orElseThrow().deviationId();
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(page(TestUsers.BOB)).contains("Sign deviation " + deviation).doesNotContain("Ask for a deviation"));
        assertThat(page(TestUsers.CAROL)).contains("Signing needs the approver role");

        String signing = "/ui/lots/" + lot + "/deviations/" + deviation + "/approval";
        mvc.perform(post(signing).with(TestUsers.ALICE.as()).with(csrf()).param("reason", "ok").param("password", "alice-demo"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("four-eyes"));
        mvc.perform(post(signing).with(TestUsers.BOB.as()).with(csrf()).param("reason", "MRB agrees"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(signing).with(TestUsers.BOB.as()).with(csrf()).param("reason", "MRB agrees").param("password", "bob-demo"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("signed by qe.bob")));

        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                mvc.perform(get("/api/lots/" + lot).with(TestUsers.CAROL.as()))
                        .andExpect(jsonPath("$.lot.disposition").value("RELEASED"))
                        .andExpect(jsonPath("$.deviations[0].status").value("APPROVED")));
    }

    private String page(TestUsers user) throws Exception {
        return mvc.perform(get("/ui/lots/" + lot).with(user.as()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aManualHoldFromThePageCannotBeLiftedToReleaseALotNobodyMeasured() throws Exception {
        mvc.perform(post("/api/lots").with(TestUsers.ALICE.as()).contentType(MediaType.APPLICATION_JSON).content("""
                {"lotId": "%s", "supplierId": "SUP-UI", "partNumber": "PN-DEV-UI", "grade": "42SH", "quantity": 10,
                 "receivedAt": "%s"}"""
                .formatted(lot, Instant.now()))).andExpect(status().isCreated());
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(page(TestUsers.CAROL)).contains("Hold the lot"));

        assertThat(page(TestUsers.CAROL)).contains("name=\"publicReason\"");
        mvc.perform(post("/ui/lots/" + lot + "/hold").with(TestUsers.CAROL.as()).with(csrf()).param("reason", "cracks reported")
                        .param("publicReason", "Held for inspection"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("held by qe.carol")));
        assertThat(events.readEvents(lot).asStream().map(DomainEventMessage::getPayload)
                .filter(LotHeld.class::isInstance).map(LotHeld.class::cast).map(LotHeld::publicReason))
                .containsExactly("Held for inspection");
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(page(TestUsers.CAROL)).contains("Lift the manual hold"));
        mvc.perform(post("/ui/lots/" + lot + "/release").with(TestUsers.CAROL.as()).with(csrf()).param("reason", "cracks were dust"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("lot-not-conforming"));
        mvc.perform(post("/ui/lots/" + lot + "/hold").with(TestUsers.OEM.as()).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
    }
}
