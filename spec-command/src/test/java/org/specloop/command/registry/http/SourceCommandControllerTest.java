package org.specloop.command.registry.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.infrastructure.web.ProblemResponses;
import org.specloop.contracts.source.AddCertificate;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.RegisterSupplySource;
import org.specloop.contracts.source.DisqualifySupplySource;
import org.specloop.contracts.source.RelocateSupplySource;
import org.specloop.contracts.source.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(SourceCommandController.class)
@ContextConfiguration(classes = {SourceCommandController.class, ProblemResponses.class, CurrentActor.class})
class SourceCommandControllerTest {
    private static final String QE = "qe.anna";
    private static final Certificate IATF = new Certificate("IATF 16949", "IATF-0815", "TUV",
            LocalDate.parse("2024-01-01"), LocalDate.parse("2027-01-01"));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandGateway commands;

    ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).header(CurrentActor.HEADER, QE).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    Object sentCommand() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(captor.capture(), eq(MetaData.with(SourceCommandController.ACTOR_METADATA, QE)));
        return captor.getValue();
    }

    @Test
    void registeringASourceAnswersCreatedWithItsLocation() throws Exception {
        postJson("/api/sources", """
                {"sourceId": "SRC-MAG-1", "name": "Magnetwerk Nord", "tier": "MAGNET_MAKER", "country": "DE",
                 "suppliesTo": ["MOTOR-OEM-1"],
                 "certificates": [{"type": "IATF 16949", "number": "IATF-0815", "issuer": "TUV",
                                   "validFrom": "2024-01-01", "expiresOn": "2027-01-01"}]}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/sources/SRC-MAG-1"));

        assertThat(sentCommand()).isEqualTo(new RegisterSupplySource("SRC-MAG-1", "Magnetwerk Nord",
                Tier.MAGNET_MAKER, "DE", List.of("MOTOR-OEM-1"), List.of(IATF)));
    }

    @Test
    void everyBadFieldOfARegistrationIsListed() throws Exception {
        postJson("/api/sources", """
                {"tier": "refinery", "country": "Germany",
                 "certificates": [{"type": "ISO 9001", "validFrom": "2025-01-01", "expiresOn": "2024-01-01"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "tier", "country",
                        "certificates[0].number", "certificates[0].expiresOn")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aCertificateIsAddedToTheSource() throws Exception {
        postJson("/api/sources/SRC-MAG-1/certificates", """
                {"type": "IATF 16949", "number": "IATF-0815", "issuer": "TUV",
                 "validFrom": "2024-01-01", "expiresOn": "2027-01-01"}""")
                .andExpect(status().isCreated());

        assertThat(sentCommand()).isEqualTo(new AddCertificate("SRC-MAG-1", IATF));
    }

    @Test
    void aMalformedDateIsNamed() throws Exception {
        postJson("/api/sources/SRC-MAG-1/certificates", """
                {"type": "IATF 16949", "number": "IATF-0815", "validFrom": "01.01.2024"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
    }

    @Test
    void aRelocationSendsTheNewCountryAndReason() throws Exception {
        postJson("/api/sources/SRC-MAG-1/relocation", """
                {"country": "PL", "reason": "new plant in Wroclaw"}""")
                .andExpect(status().isNoContent());

        assertThat(sentCommand()).isEqualTo(new RelocateSupplySource("SRC-MAG-1", "PL", "new plant in Wroclaw"));
    }

    @Test
    void aRelocationNeedsAnIsoCountryAndAReason() throws Exception {
        postJson("/api/sources/SRC-MAG-1/relocation", """
                {"country": "pl"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("country", "reason")));
    }

    @Test
    void aDisqualificationSendsTheReason() throws Exception {
        postJson("/api/sources/SRC-MAG-1/disqualification", """
                {"reason": "audit 2026-11 failed"}""")
                .andExpect(status().isNoContent());

        assertThat(sentCommand()).isEqualTo(new DisqualifySupplySource("SRC-MAG-1", "audit 2026-11 failed"));
    }

    @Test
    void aDisqualificationNeedsAReason() throws Exception {
        postJson("/api/sources/SRC-MAG-1/disqualification", """
                {"reason": "  "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reason")));
    }

    @Test
    void anUnknownSourceAnswersNotFound() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new AggregateNotFoundException("SRC-NONE", "no such aggregate"));

        postJson("/api/sources/SRC-NONE/relocation", """
                {"country": "PL", "reason": "new plant"}""")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:not-found"));
    }
}
