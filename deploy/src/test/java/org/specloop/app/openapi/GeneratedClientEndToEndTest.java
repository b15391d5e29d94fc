package org.specloop.app.openapi;

import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.app.GeneratedClients;
import org.specloop.app.TestUsers;
import org.specloop.client.ApiClient;
import org.specloop.client.ApiException;
import org.specloop.client.api.AdminApi;
import org.specloop.client.api.LotsApi;
import org.specloop.client.api.NotificationsApi;
import org.specloop.client.model.Chain;
import org.specloop.client.model.ChannelRequest;
import org.specloop.client.model.GrantRequest;
import org.specloop.client.model.Link;
import org.specloop.client.model.LotMeasurement;
import org.specloop.client.model.LotView;
import org.specloop.client.model.MeasurementRequest;
import org.specloop.client.model.PageLotMeasurement;
import org.specloop.client.model.Problem;
import org.specloop.client.model.Quantity;
import org.specloop.client.model.ReceiveLotRequest;
import org.specloop.client.model.SubscriptionRequest;
import org.specloop.client.model.SubscriptionView;
import org.specloop.client.model.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client that OpenAPI Generator makes from the served document (deploy/client) drives a running
 * SpecLoop as the integrators it is for: a lab receives a lot and posts a measurement with its API key, a
 * quality engineer reads the lot back, an OEM (granted the part by an administrator) subscribes to it, and
 * each refusal reaches the client as the documented problem+json, readable with the generated Problem model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.webhook.allowed-hosts=127.0.0.1"})
@ActiveProfiles("test")
class GeneratedClientEndToEndTest {
    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void aLabMeasuresAQualityEngineerReadsAndAnOemSubscribes() throws Exception {
        String lot = "LOT-GEN-" + run;
        String part = "PN-GEN-" + run;
        LotsApi lab = new LotsApi(GeneratedClients.withApiKey(port, TestUsers.RIG_KEY));
        lab.receiveLot(new ReceiveLotRequest().lotId(lot).supplierId("MAG-DE-1").partNumber(part).grade("42SH")
                .quantity(new BigDecimal(500)).receivedAt(OffsetDateTime.parse("2026-01-05T05:00:00Z"))
                .declaredChain(new Chain().custodyModel("SEGREGATED")
                        .links(List.of(new Link().tier("MAGNET_MAKER").sourceId("MAG-DE-1").country("DE")))));
        lab.recordMeasurement(lot, new MeasurementRequest().measurementId("M-" + run).sampleId("S1").lab("QC")
                .instrument("HG-200").method("closed-circuit").measuredAt(OffsetDateTime.parse("2026-01-05T06:00:00Z"))
                .testTemperature(new Quantity().value(20.0).unit("degC"))
                .values(List.of(new Value().characteristic("Br").value(1.32).unit("T"),
                        new Value().characteristic("HcJ").value(20.3).unit("kOe"))));

        LotsApi qualityEngineer = new LotsApi(GeneratedClients.as(port, TestUsers.CAROL));
        Eventually.eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> assertThat(
                qualityEngineer.listLotMeasurements(lot, null, null, null, null, null, null).getTotal()).isEqualTo(1L));
        LotView read = qualityEngineer.getLot(lot);
        assertThat(read.getLot().getPartNumber()).isEqualTo(part);
        assertThat(read.getLot().getQuantity()).isEqualTo(500L);
        assertThat(read.getEffectiveCustodyModel()).isEqualTo(LotView.EffectiveCustodyModelEnum.SEGREGATED);
        PageLotMeasurement measurements = qualityEngineer.listLotMeasurements(lot, "S1", "HcJ", null, null, null, null);
        LotMeasurement measured = measurements.getItems().get(0);
        assertThat(measured.getMeasurementId()).isEqualTo("M-" + run);
        assertThat(measured.getValues()).singleElement().satisfies(value -> {
            assertThat(value.getUnit()).isEqualTo("kA/m");
            assertThat(value.getValue()).as("20.3 kOe in kA/m").isBetween(1615.3, 1615.5);
        });

        new AdminApi(GeneratedClients.as(port, TestUsers.ADMIN)).grantToOem(TestUsers.OEM.username,
                new GrantRequest().partNumbers(List.of(part)).reason("generated client test"));
        NotificationsApi oem = new NotificationsApi(GeneratedClients.as(port, TestUsers.OEM));
        SubscriptionView subscription = oem.subscribe(new SubscriptionRequest().partNumbers(List.of(part))
                .eventTypes(List.of("org.specloop.lot.held.v1")).minimumSeverity("WARNING")
                .channel(new ChannelRequest().kind("WEBHOOK").url("http://127.0.0.1:9/hooks/specloop")
                        .secrets(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))));
        assertThat(subscription.getOem()).isEqualTo(TestUsers.OEM.username);
        assertThat(subscription.getChannel().getActiveSecrets()).isEqualTo(1);
        assertThat(oem.getSubscription(subscription.getId()).getPartNumbers()).containsExactly(part);
        assertThat(oem.listMySubscriptions()).extracting(SubscriptionView::getId).contains(subscription.getId());
    }

    @Test
    void refusalsReachTheClientAsTheDocumentedProblems() throws Exception {
        ApiClient oemClient = GeneratedClients.as(port, TestUsers.OEM);
        ApiException forbidden = catchThrowableOfType(ApiException.class,
                () -> new LotsApi(oemClient).getLot("LOT-GEN-" + run));
        assertThat(problem(oemClient, forbidden).getType()).hasToString("urn:specloop:problem:forbidden");
        assertThat(forbidden.getCode()).isEqualTo(403);

        ApiException unauthenticated = catchThrowableOfType(ApiException.class, () -> new LotsApi(
                GeneratedClients.withApiKey(port, "not-a-key")).recordMeasurement("LOT-X", new MeasurementRequest()));
        assertThat(unauthenticated.getCode()).isEqualTo(401);
        assertThat(problem(oemClient, unauthenticated).getType()).hasToString("urn:specloop:problem:unauthenticated");

        ApiException invalid = catchThrowableOfType(ApiException.class, () -> new NotificationsApi(oemClient)
                .subscribe(new SubscriptionRequest().eventTypes(List.of("org.specloop.nothing.v1"))
                        .channel(new ChannelRequest().kind("WEBHOOK").url("ftp://oem.example/x"))));
        Problem problem = problem(oemClient, invalid);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("urn:specloop:problem:invalid-request");
        assertThat(problem.getErrors()).extracting(error -> error.getField()).contains("eventTypes[0]", "channel.url");
    }

    private static Problem problem(ApiClient client, ApiException refusal) throws Exception {
        assertThat(refusal).isNotNull();
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
    }
}
