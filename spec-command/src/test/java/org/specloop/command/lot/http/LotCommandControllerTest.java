package org.specloop.command.lot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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

import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.infrastructure.web.ProblemResponses;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.ApproveLotDeviation;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeviationDisposition;
import org.specloop.contracts.lot.RejectLotDeviation;
import org.specloop.contracts.lot.RequestLotDeviation;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.HoldLot;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RejectLot;
import org.specloop.contracts.lot.ReleaseLot;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(LotCommandController.class)
@ContextConfiguration(classes = {LotCommandController.class, ServerClock.class, ProblemResponses.class, CurrentActor.class})
class LotCommandControllerTest {
    static final String QE = "qe.anna";
    static final MetaData BY_QE = MetaData.with(LotCommandController.ACTOR_METADATA, QE);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandGateway commands;

    ResultActions postAs(String actor, String path, String json) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(json);
        return mvc.perform(actor == null ? request : request.header(CurrentActor.HEADER, actor));
    }

    Object sentCommand() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(captor.capture(), eq(BY_QE));
        return captor.getValue();
    }

    @Test
    void receivingALotSendsTheCommandAndAnswersCreatedWithItsLocation() throws Exception {
        postAs(QE, "/api/lots", """
                {"lotId": "LOT-1", "supplierId": "SUP-1", "partNumber": "P-42SH", "grade": "42SH", "quantity": 500,
                 "declaredChain": {"links": [{"tier": "magnet_maker", "sourceId": "SRC-MAG", "country": "DE"}],
                                   "custodyModel": "segregated"},
                 "certificateReferences": ["COA-7"], "receivedAt": "2025-02-28T08:00:00Z"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/lots/LOT-1"))
                .andExpect(jsonPath("$.lotId").value("LOT-1"));

        assertThat(sentCommand()).isEqualTo(new ReceiveMagnetLot("LOT-1", "SUP-1", "P-42SH", "42SH", 500,
                new DeclaredChain(List.of(new ChainLink(Tier.MAGNET_MAKER, "SRC-MAG", "DE")), CustodyModel.SEGREGATED),
                List.of("COA-7"), Instant.parse("2025-02-28T08:00:00Z")));
    }

    @Test
    void eachLinkMayCarryItsOwnCustodyModelAndLinksWithoutOneKeepNone() throws Exception {
        postAs(QE, "/api/lots", """
                {"lotId": "LOT-2", "supplierId": "SUP-1", "partNumber": "P-42SH", "grade": "42SH", "quantity": 500,
                 "declaredChain": {"links": [{"tier": "SEPARATOR", "sourceId": "SEP-1", "country": "MY", "custodyModel": "mass_balance"},
                                             {"tier": "MAGNET_MAKER", "sourceId": "SRC-MAG", "country": "DE"}],
                                   "custodyModel": "SEGREGATED"},
                 "receivedAt": "2025-02-28T08:00:00Z"}""")
                .andExpect(status().isCreated());

        DeclaredChain chain = ((ReceiveMagnetLot) sentCommand()).declaredChain();
        assertThat(chain.links()).containsExactly(new ChainLink(Tier.SEPARATOR, "SEP-1", "MY", CustodyModel.MASS_BALANCE),
                new ChainLink(Tier.MAGNET_MAKER, "SRC-MAG", "DE", null));
        assertThat(chain.effectiveCustodyModel()).isEqualTo(CustodyModel.MASS_BALANCE);
    }

    @Test
    void anUnknownLinkCustodyModelIsRefusedAtTheEdgeNamingTheLink() throws Exception {
        postAs(QE, "/api/lots", """
                {"lotId": "LOT-3", "supplierId": "SUP-1", "partNumber": "P-42SH", "grade": "42SH", "quantity": 500,
                 "receivedAt": "2026-01-05T06:00:00Z",
                 "declaredChain": {"links": [{"tier": "SEPARATOR", "sourceId": "SEP-1", "country": "MY", "custodyModel": "fully traced"}],
                                   "custodyModel": "SEGREGATED"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("declaredChain.links[0].custodyModel")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aLotWithoutIdGetsOne() throws Exception {
        postAs(QE, "/api/lots", """
                {"supplierId": "SUP-1", "partNumber": "P-42SH", "grade": "42SH", "quantity": 5,
                 "receivedAt": "2025-02-28T08:00:00Z"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/lots/[0-9a-f-]{36}")));
    }

    @Test
    void aLotWithoutReceiptTimeIsRefusedNotReceivedNow() throws Exception {
        postAs(QE, "/api/lots", """
                {"lotId": "LOT-2", "supplierId": "SUP-1", "partNumber": "P-42SH", "grade": "42SH", "quantity": 5}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is required")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void everyBadFieldOfAReceiptIsListed() throws Exception {
        postAs(QE, "/api/lots", """
                {"supplierId": "SUP-1", "grade": "42SH", "quantity": 2.5,
                 "declaredChain": {"links": [{"tier": "smelter", "sourceId": "S", "country": "de"}],
                                   "custodyModel": "SEGREGATED"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("partNumber", "quantity",
                        "declaredChain.links[0].tier", "declaredChain.links[0].country", "receivedAt")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aPartNumberLongerThanTheReadModelsKeepIsRefusedNamingTheFieldAndTheLimit() throws Exception {
        postAs(QE, "/api/lots", """
                {"lotId": "LOT-LONG", "supplierId": "SUP-1", "partNumber": "%s", "grade": "42SH", "quantity": 10,
                 "receivedAt": "2025-02-28T08:00:00Z"}"""
                .formatted("P".repeat(300)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("partNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 128 characters (has 300)"));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aReasonLongerThanTheLimitIsRefused() throws Exception {
        postAs(QE, "/api/lots/LOT-1/hold", "{\"reason\": \"%s\"}".formatted("r".repeat(4001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 4000 characters (has 4001)"));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aHoldSendsTheReasonAndTheActor() throws Exception {
        postAs(QE, "/api/lots/LOT-1/hold", """
                {"reason": "customer complaint"}""")
                .andExpect(status().isNoContent());

        assertThat(sentCommand()).isEqualTo(new HoldLot("LOT-1", "customer complaint", QE));
    }

    @Test
    void aHoldSendsThePublicReasonApartFromTheInternalOne() throws Exception {
        postAs(QE, "/api/lots/LOT-1/hold", """
                {"reason": "supplier SUP-1 audit found porosity", "publicReason": " Held for a supplier audit "}""")
                .andExpect(status().isNoContent());

        assertThat(sentCommand()).isEqualTo(new HoldLot("LOT-1", "supplier SUP-1 audit found porosity", QE,
                "Held for a supplier audit"));
    }

    @Test
    void aPublicReasonIsBoundedAndFreeOfControlCharacters() throws Exception {
        postAs(QE, "/api/lots/LOT-1/rejection", "{\"reason\": \"r\", \"publicReason\": \"%s\"}".formatted("p".repeat(4001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("publicReason"));
        postAs(QE, "/api/lots/LOT-1/release", "{\"reason\": \"r\", \"publicReason\": \"a\\u0000b\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("publicReason"));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aReleaseSendsTheReasonAndTheActor() throws Exception {
        postAs(QE, "/api/lots/LOT-1/release", """
                {"reason": "complaint closed"}""")
                .andExpect(status().isNoContent());

        assertThat(sentCommand()).isEqualTo(new ReleaseLot("LOT-1", "complaint closed", QE));
    }

    @Test
    void aRejectionSendsTheReasonAndTheActor() throws Exception {
        postAs(QE, "/api/lots/LOT-1/rejection", """
                {"reason": "cracked"}""")
                .andExpect(status().isNoContent());

        assertThat(sentCommand()).isEqualTo(new RejectLot("LOT-1", "cracked", QE));
    }

    @Test
    void aDispositionWithoutReasonIsRefused() throws Exception {
        postAs(QE, "/api/lots/LOT-1/hold", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void aRequestWithoutActorIsRefused() throws Exception {
        postAs(null, "/api/lots/LOT-1/hold", """
                {"reason": "customer complaint"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("header X-Actor"));
    }

    @Test
    void aBrokenRuleAnswersConflictNamingTheRule() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new RuleViolation("lot-rejected", "lot LOT-1 is rejected; cannot hold"));

        postAs(QE, "/api/lots/LOT-1/hold", """
                {"reason": "customer complaint"}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("lot-rejected"));
    }

    @Test
    void aDeviationRequestSendsTheDispositionReasonAndRequester() throws Exception {
        postAs(QE, "/api/lots/LOT-1/deviations", """
                {"deviationId": "DEV-7", "disposition": "use_as_is", "reason": "margin shown by motor test"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/lots/LOT-1/deviations/DEV-7"))
                .andExpect(jsonPath("$.deviationId").value("DEV-7"));

        assertThat(sentCommand()).isEqualTo(new RequestLotDeviation("LOT-1", "DEV-7", DeviationDisposition.USE_AS_IS,
                "margin shown by motor test", QE));
    }

    @Test
    void aDeviationWithoutIdGetsOne() throws Exception {
        postAs(QE, "/api/lots/LOT-1/deviations", """
                {"disposition": "SCRAP", "reason": "cracked"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/lots/LOT-1/deviations/DEV-[0-9A-F]{8}")));
    }

    @Test
    void everyBadFieldOfADeviationRequestIsListed() throws Exception {
        postAs(QE, "/api/lots/LOT-1/deviations", """
                {"deviationId": "../x", "disposition": "SELL_ANYWAY", "reason": "%s"}""".formatted("x".repeat(4001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("deviationId", "disposition", "reason")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aDeviationSignatureSendsTheSignerReasonAndMeaning() throws Exception {
        postAs(QE, "/api/lots/LOT-1/deviations/DEV-7/approval", """
                {"reason": "MRB agrees", "signatureMeaning": "APPROVED", "password": "checked by the signing filter"}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new ApproveLotDeviation("LOT-1", "DEV-7", QE, "MRB agrees", SignatureMeaning.APPROVED));
    }

    @Test
    void aDeviationSignatureWithoutMeaningIsRefused() throws Exception {
        postAs(QE, "/api/lots/LOT-1/deviations/DEV-7/approval", """
                {"reason": "MRB agrees"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signatureMeaning"));
    }

    @Test
    void aDeviationRejectionSendsTheReasonAndTheActor() throws Exception {
        postAs(QE, "/api/lots/LOT-1/deviations/DEV-7/rejection", """
                {"reason": "margin not shown", "password": "checked by the signing filter"}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new RejectLotDeviation("LOT-1", "DEV-7", QE, "margin not shown"));
    }

    @Test
    void releasingALotThatDoesNotConformAnswersConflictNamingTheRule() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new RuleViolation("lot-not-conforming", "lot LOT-1 was never evaluated against a specification"));

        postAs(QE, "/api/lots/LOT-1/release", """
                {"reason": "released on certificate"}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("lot-not-conforming"));
    }
}
