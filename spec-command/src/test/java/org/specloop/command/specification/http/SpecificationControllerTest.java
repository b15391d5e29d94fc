package org.specloop.command.specification.http;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.infrastructure.web.ProblemResponses;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RejectRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@WebMvcTest(SpecificationController.class)
@ContextConfiguration(classes = {SpecificationController.class, ProblemResponses.class, CurrentActor.class})
class SpecificationControllerTest {
    private static final String CREATE = """
            {"partNumber": "MAG-4711", "grade": "42SH", "title": "Rotor magnet",
             "characteristics": [
               {"characteristic": "Br", "min": {"value": 1.30, "unit": "T"}, "max": {"value": 13.3, "unit": "kG"},
                "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"},
               {"characteristic": "HcJ", "min": {"value": 20, "unit": "kOe"}, "testTemperature": {"value": 150, "unit": "degC"}}],
             "composition": [{"element": "Dy", "min": 0.5, "max": 2.0}],
             "sourcingRules": {"qualifiedSources": [{"tier": "magnet_maker", "sourceId": "SRC-MM-1"}],
               "countryExclusions": [{"tier": "SEPARATOR", "country": "cn", "effectiveFrom": "2027-01-01", "rule": "DFARS 252.225-7052"}],
               "minimumCustodyModel": "segregated"},
             "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway gateway;

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).header(CurrentActor.HEADER, "alice").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static RevisionContent expectedContent() {
        return new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.30, 13.3 * 0.1, null, 20.0, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.HCJ, 20 * 79.577, null, null, 150.0, null)),
                List.of(new CompositionRange("Dy", 0.5, 2.0)),
                new SourcingRules(List.of(new QualifiedSource(Tier.MAGNET_MAKER, "SRC-MM-1")),
                        List.of(new CountryExclusion(Tier.SEPARATOR, "CN", LocalDate.of(2027, 1, 1), "DFARS 252.225-7052")),
                        CustodyModel.SEGREGATED), 150.0);
    }

    @Test
    void aValidSpecificationBecomesOneCreateCommandInCanonicalUnits() throws Exception {
        postJson("/api/specifications", CREATE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/specifications/SPEC-MAG-4711_42SH"))
                .andExpect(jsonPath("$.specificationId").value("SPEC-MAG-4711_42SH"))
                .andExpect(jsonPath("$.revision").value(1));

        verify(gateway).sendAndWait(new CreateSpecification("SPEC-MAG-4711_42SH", "MAG-4711", "42SH", "Rotor magnet",
                expectedContent(), "alice"));
    }

    @Test
    void anExplicitIdWins() throws Exception {
        postJson("/api/specifications", CREATE.replace("{\"partNumber\"", "{\"specificationId\": \"S-1\", \"partNumber\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/specifications/S-1"));

        verify(gateway).sendAndWait(new CreateSpecification("S-1", "MAG-4711", "42SH", "Rotor magnet", expectedContent(), "alice"));
    }

    @Test
    void generatedIdsAreNormalisedAndUnambiguous() {
        assertThat(SpecificationController.idFor(" mag 47/11 ", "42sh")).isEqualTo("SPEC-MAG-47-11_42SH");
    }

    @Test
    void everyUnreadableValueIsReportedWithItsPath() throws Exception {
        String body = """
                {"grade": "42SH",
                 "characteristics": [
                   {"characteristic": "HcJ", "min": {"value": 20, "unit": "furlongs"}},
                   {"characteristic": "Br", "max": {"value": 14, "unit": "T"}},
                   {"characteristic": "Curie", "min": {"value": 310}},
                   {"characteristic": "HcB", "min": {"value": 900}, "testTemperature": {"value": 900, "unit": "degC"}}],
                 "sourcingRules": {"qualifiedSources": [{"tier": "smelter", "sourceId": ""}]},
                 "maxWorkingTemperature": {"value": 150, "unit": "kA/m"}}""";
        postJson("/api/specifications", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("partNumber", "characteristics[0].min",
                        "characteristics[1].max", "characteristics[2].characteristic", "characteristics[3].testTemperature",
                        "sourcingRules.qualifiedSources[0].tier", "sourcingRules.qualifiedSources[0].sourceId",
                        "maxWorkingTemperature")))
                .andExpect(jsonPath("$.detail", containsString("unknown unit 'furlongs'")))
                .andExpect(jsonPath("$.detail", containsString("outside the physically plausible range")));

        verifyNoInteractions(gateway);
    }

    @Test
    void inconsistentLimitsAreReportedPerField() throws Exception {
        String body = """
                {"partNumber": "P", "grade": "N42",
                 "characteristics": [{"characteristic": "Br", "min": {"value": 1.32}, "max": {"value": 1.28}}],
                 "composition": [{"element": "Dy", "min": 0.5, "max": 150}]}""";
        postJson("/api/specifications", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("characteristics[0].max", "composition[0].max")));

        verifyNoInteractions(gateway);
    }

    @Test
    void aRequestWithoutActorIsRefused() throws Exception {
        mvc.perform(post("/api/specifications").contentType(MediaType.APPLICATION_JSON).content(CREATE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("header X-Actor"));

        verifyNoInteractions(gateway);
    }

    @Test
    void aNewRevisionAnswersWithItsNumber() throws Exception {
        when(gateway.sendAndWait(any())).thenReturn(2);
        String body = CREATE.replace("\"partNumber\": \"MAG-4711\", \"grade\": \"42SH\", \"title\": \"Rotor magnet\",",
                "\"reason\": \"HcJ margin at 150 degC\",");

        postJson("/api/specifications/SPEC-1/revisions", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/specifications/SPEC-1/revisions/2"))
                .andExpect(jsonPath("$.revision").value(2));

        verify(gateway).sendAndWait(new DraftRevision("SPEC-1", expectedContent(), "HcJ margin at 150 degC", "alice"));
    }

    @Test
    void aNewRevisionNeedsAReason() throws Exception {
        postJson("/api/specifications/SPEC-1/revisions", "{\"characteristics\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void aProposalNamesTheActor() throws Exception {
        postJson("/api/specifications/SPEC-1/revisions/2/proposal", "")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new ProposeRevision("SPEC-1", 2, "alice"));
    }

    @Test
    void anApprovalCarriesMeaningAndEffectiveDate() throws Exception {
        postJson("/api/specifications/SPEC-1/revisions/2/approval",
                "{\"reason\": \"rig evidence\", \"signatureMeaning\": \"approved\", \"effectiveFrom\": \"2026-04-01T00:00:00Z\"}")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new ApproveRevision("SPEC-1", 2, "alice", "rig evidence", SignatureMeaning.APPROVED,
                Instant.parse("2026-04-01T00:00:00Z")));
    }

    @Test
    void anApprovalReasonLongerThanTheLimitIsRefusedBeforeAnyCommand() throws Exception {
        postJson("/api/specifications/SPEC-1/revisions/2/approval",
                "{\"reason\": \"%s\", \"signatureMeaning\": \"APPROVED\"}".formatted("r".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("reason must be at most 4000 characters (has 5000)"));

        verifyNoInteractions(gateway);
    }

    @Test
    void aPartNumberAndGradeTooLongForADerivedIdNeedAnExplicitId() throws Exception {
        String longPart = "P".repeat(128);
        postJson("/api/specifications", CREATE.replace("MAG-4711", longPart))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("specificationId"));
        postJson("/api/specifications", CREATE.replace("MAG-4711", longPart)
                        .replace("{\"partNumber\"", "{\"specificationId\": \"S-LONG\", \"partNumber\""))
                .andExpect(status().isCreated());
    }

    @Test
    void anApprovalWithAnUnknownMeaningIsRefused() throws Exception {
        postJson("/api/specifications/SPEC-1/revisions/2/approval", "{\"reason\": \"ok\", \"signatureMeaning\": \"sure\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signatureMeaning"));
    }

    @Test
    void aBrokenRuleIsAConflictNamingTheRule() throws Exception {
        when(gateway.sendAndWait(any())).thenThrow(new RuleViolation("four-eyes", "'alice' authored this and may not approve it"));

        postJson("/api/specifications/SPEC-1/revisions/2/approval", "{\"reason\": \"ok\", \"signatureMeaning\": \"APPROVED\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("four-eyes"))
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:rule-violation"));
    }

    @Test
    void aRejectionNamesTheRejectorAndReason() throws Exception {
        postJson("/api/specifications/SPEC-1/revisions/2/rejection", "{\"reason\": \"one rig only\"}")
                .andExpect(status().isOk());

        verify(gateway).sendAndWait(new RejectRevision("SPEC-1", 2, "alice", "one rig only"));
    }

    @Test
    void aRejectionNeedsAReason() throws Exception {
        postJson("/api/specifications/SPEC-1/revisions/2/rejection", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }
}
