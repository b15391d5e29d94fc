package org.specloop.command.change.http;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.infrastructure.web.ProblemResponses;
import org.specloop.contracts.change.ApproveEngineeringChange;
import org.specloop.contracts.change.AttachLotToChange;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.CloseEngineeringChange;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.change.RecordChangeEvidence;
import org.specloop.contracts.change.RejectEngineeringChange;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.source.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@WebMvcTest(EngineeringChangeController.class)
@ContextConfiguration(classes = {EngineeringChangeController.class, ProblemResponses.class, CurrentActor.class})
class EngineeringChangeControllerTest {
    private static final String RAISE = """
            {"trigger": "source_change", "title": "Separator swap", "description": "SEP-1 replaced by SEP-2",
             "specificationId": "SPEC-MAG-4711_42SH",
             "sourceChanges": [{"tier": "SEPARATOR", "previousSourceId": "SEP-1", "newSourceId": "SEP-2"}],
             "affectedLots": ["LOT-1"]}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway gateway;

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).header(CurrentActor.HEADER, "alice").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void raisingAChangeGeneratesAnIdAndNamesTheRaiser() throws Exception {
        postJson("/api/engineering-changes", RAISE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/engineering-changes/EC-")));

        ArgumentCaptor<RaiseEngineeringChange> sent = ArgumentCaptor.forClass(RaiseEngineeringChange.class);
        verify(gateway).sendAndWait(sent.capture());
        assertThat(sent.getValue().changeId()).startsWith("EC-");
        assertThat(sent.getValue()).isEqualTo(new RaiseEngineeringChange(sent.getValue().changeId(), ChangeTrigger.SOURCE_CHANGE,
                "Separator swap", "SEP-1 replaced by SEP-2", "SPEC-MAG-4711_42SH",
                List.of(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-2")), List.of("LOT-1"), "alice"));
    }

    @Test
    void anExplicitChangeIdWins() throws Exception {
        postJson("/api/engineering-changes", RAISE.replace("{\"trigger\"", "{\"changeId\": \"EC-42\", \"trigger\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/engineering-changes/EC-42"))
                .andExpect(jsonPath("$.changeId").value("EC-42"));
    }

    @Test
    void anInvalidChangeIsRefusedFieldByField() throws Exception {
        postJson("/api/engineering-changes", """
                {"changeId": "EC 1/2", "trigger": "whim", "sourceChanges": [{"tier": "smelter"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("changeId", "trigger", "title",
                        "sourceChanges[0].tier", "sourceChanges[0].newSourceId")));

        verifyNoInteractions(gateway);
    }

    @Test
    void aTitleOrDescriptionLongerThanTheChangeKeepsIsRefused() throws Exception {
        String title = "t".repeat(501);
        String description = "d".repeat(100_001);
        postJson("/api/engineering-changes", """
                {"trigger": "manual", "title": "%s", "description": "%s"}""".formatted(title, description))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "description")))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 500 characters (has 501)"));

        verifyNoInteractions(gateway);
    }

    @Test
    void aPlanBecomesAPlanCommand() throws Exception {
        postJson("/api/engineering-changes/EC-1/plan", """
                {"items": [{"itemId": "fai", "description": "first article", "evidenceType": "measurement", "required": 5}],
                 "dueDate": "2026-04-30"}""")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new PlanEngineeringChange("EC-1",
                List.of(new PlanItem("fai", "first article", "measurement", 5)), LocalDate.of(2026, 4, 30), "alice",
                new RequalificationRecords(null, null)));
    }

    @Test
    void aPlanWithoutItemsIsRefused() throws Exception {
        postJson("/api/engineering-changes/EC-1/plan", "{\"items\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
    }

    @Test
    void aPlanItemMustRequireSomething() throws Exception {
        postJson("/api/engineering-changes/EC-1/plan", "{\"items\": [{\"itemId\": \"fai\", \"evidenceType\": \"m\", \"required\": 0}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].required"));
    }

    @Test
    void evidenceIsRecordedByTheActor() throws Exception {
        postJson("/api/engineering-changes/EC-1/evidence", "{\"itemId\": \"fai\", \"evidenceReference\": \"MEAS-1\"}")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new RecordChangeEvidence("EC-1", "fai", "MEAS-1", "alice"));
    }

    @Test
    void anApprovalIsSignedByTheActor() throws Exception {
        postJson("/api/engineering-changes/EC-1/approval", "{\"reason\": \"FAI ok\", \"signatureMeaning\": \"APPROVED\"}")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new ApproveEngineeringChange("EC-1", "alice", "FAI ok", SignatureMeaning.APPROVED));
    }

    @Test
    void anApprovalWithoutReasonOrMeaningIsRefused() throws Exception {
        postJson("/api/engineering-changes/EC-1/approval", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason", "signatureMeaning")));
    }

    @Test
    void aBrokenRuleIsAConflictNamingTheRule() throws Exception {
        when(gateway.sendAndWait(any())).thenThrow(new RuleViolation("evidence-incomplete", "the change is PLANNED"));

        postJson("/api/engineering-changes/EC-1/approval", "{\"reason\": \"FAI ok\", \"signatureMeaning\": \"APPROVED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("evidence-incomplete"));
    }

    @Test
    void aRejectionNeedsAReason() throws Exception {
        postJson("/api/engineering-changes/EC-1/rejection", "{\"reason\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void aRejectionNamesTheRejector() throws Exception {
        postJson("/api/engineering-changes/EC-1/rejection", "{\"reason\": \"demag loss\"}")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new RejectEngineeringChange("EC-1", "alice", "demag loss"));
    }

    @Test
    void aPublicReasonGoesWithTheDecisionStrippedAndBlankCountsAsNone() throws Exception {
        postJson("/api/engineering-changes/EC-1/approval", """
                {"reason": "SEP-9 audit closed", "signatureMeaning": "APPROVED", "publicReason": " New separator qualified "}""")
                .andExpect(status().isOk());
        postJson("/api/engineering-changes/EC-2/rejection", """
                {"reason": "price dispute", "publicReason": "   "}""")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new ApproveEngineeringChange("EC-1", "alice", "SEP-9 audit closed", SignatureMeaning.APPROVED,
                "New separator qualified"));
        verify(gateway).sendAndWait(new RejectEngineeringChange("EC-2", "alice", "price dispute", null));
    }

    @Test
    void aPublicReasonIsBoundedAndFreeOfControlCharactersLikeTheReason() throws Exception {
        postJson("/api/engineering-changes/EC-1/approval", """
                {"reason": "ok", "signatureMeaning": "APPROVED", "publicReason": "%s"}""".formatted("p".repeat(4001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("publicReason"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 4000 characters (has 4001)"));
        postJson("/api/engineering-changes/EC-1/rejection", """
                {"reason": "no", "publicReason": "bad\u0000text"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("publicReason"));

        verifyNoInteractions(gateway);
    }

    @Test
    void aClosureCarriesItsNote() throws Exception {
        postJson("/api/engineering-changes/EC-1/closure", "{\"note\": \"PPAP resubmitted\"}")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new CloseEngineeringChange("EC-1", "alice", "PPAP resubmitted"));
    }

    @Test
    void aLotCanBeAttached() throws Exception {
        postJson("/api/engineering-changes/EC-1/lots", "{\"lotId\": \"LOT-9\"}")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new AttachLotToChange("EC-1", "LOT-9"));
    }
}
