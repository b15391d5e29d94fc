package org.specloop.app.motor;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A quality engineer's motor design through the public API only: create it on an existing magnet spec
 * with Ke in V/krpm, read it back, list it, version it with a reason, read any version; then a rig run of
 * a motor of that design, sent as NDJSON, is readable per run, motor, design and magnet lot with its verdicts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MotorDesignApiTest {
    static final String ALICE = "qe.alice";
    static final String RIG = "rig";
    static final String SPEC = "SPEC-MD-API";
    static final String DESIGN = "PUMP-API-1";
    static final String LOT = "LOT-MD-API-1";
    static final String RUN = "RUN-MD-API-1";
    static final String SERIAL = "SN-MD-API-1";

    @LocalServerPort
    int port;

    @Test
    void aQualityEngineerDefinesReadsAndVersionsADesignAndReadsItsMotorResults() {
        ApiClient api = new ApiClient(port);
        assertThat(api.post("/api/specifications", ALICE, """
                {"specificationId": "%s", "partNumber": "PN-MD-API", "grade": "38UH", "title": "Pump rotor magnet",
                 "characteristics": [{"characteristic": "Br", "min": {"value": 1.22, "unit": "T"},
                                      "testTemperature": {"value": 20, "unit": "degC"}}],
                 "maxWorkingTemperature": {"value": 180, "unit": "degC"}}""".formatted(SPEC)).status()).isEqualTo(201);

        ApiClient.Response unknownSpec = api.post("/api/motor-designs", ALICE, design("PUMP-API-X", "SPEC-NOWHERE"));
        assertThat(unknownSpec.status()).isEqualTo(409);
        assertThat(unknownSpec.body().path("rule").asText()).isEqualTo("unknown-magnet-spec");

        ApiClient.Response typo = api.post("/api/motor-designs", ALICE, design(DESIGN, SPEC)
                .replace("\"keMin\"", "\"keMinimum\""));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body().path("detail").asText()).contains("requirements.keMinimum");

        ApiClient.Response created = api.post("/api/motor-designs", ALICE, design(DESIGN, SPEC));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/motor-designs/" + DESIGN);

        JsonNode design = api.await("/api/motor-designs/" + DESIGN, d -> d.path("design").path("version").asInt() == 1);
        // 64.4 V/krpm = 64.4 / (1000 * 2 pi / 60) V*s/rad
        assertThat(design.at("/current/requirements/keMin/value").asDouble()).isCloseTo(0.6149747, within(1e-6));
        assertThat(design.at("/current/requirements/keMin/unit").asText()).isEqualTo("V*s/rad");
        assertThat(design.at("/design/specificationId").asText()).isEqualTo(SPEC);
        assertThat(design.at("/design/definedBy").asText()).isEqualTo(ALICE);
        assertThat(api.get("/api/motor-designs?specificationId=" + SPEC).body().path("items"))
                .extracting(d -> d.path("designId").asText()).containsExactly(DESIGN);
        assertThat(api.get("/api/motor-designs?partNumber=PN-MD-API").body().path("total").asInt()).isEqualTo(1);

        ApiClient.Response noReason = api.post("/api/motor-designs/" + DESIGN + "/requirements", ALICE,
                "{\"requirements\": " + requirements(SPEC, 65.0) + "}");
        assertThat(noReason.status()).isEqualTo(400);
        ApiClient.Response revised = api.post("/api/motor-designs/" + DESIGN + "/requirements", ALICE,
                "{\"reason\": \"customer raised the Ke floor\", \"requirements\": " + requirements(SPEC, 65.0) + "}");
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(revised.body().path("version").asInt()).isEqualTo(2);
        assertThat(revised.header("Location")).isEqualTo("/api/motor-designs/" + DESIGN + "/versions/2");
        api.await("/api/motor-designs/" + DESIGN, d -> d.path("design").path("version").asInt() == 2);
        JsonNode versions = api.get("/api/motor-designs/" + DESIGN + "/versions").body();
        assertThat(versions).extracting(v -> v.path("version").asInt()).containsExactly(1, 2);
        assertThat(versions.get(1).path("reason").asText()).isEqualTo("customer raised the Ke floor");
        JsonNode first = api.get("/api/motor-designs/" + DESIGN + "/versions/1").body();
        assertThat(first.at("/requirements/keMin/value").asDouble()).isCloseTo(0.6149747, within(1e-6));
        assertThat(api.get("/api/motor-designs/" + DESIGN + "/versions/3").status()).isEqualTo(404);
        assertThat(api.get("/api/motor-designs/NO-SUCH-DESIGN").status()).isEqualTo(404);

        assertThat(api.post("/api/lots", ALICE, """
                {"lotId": "%s", "supplierId": "SUP-MD", "partNumber": "PN-MD-API", "grade": "38UH", "quantity": 400,
                 "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}"""
                .formatted(LOT, Instant.now())).status()).isEqualTo(201);
        api.await("/api/lots/" + LOT, lot -> true);
        rigRun(api);

        JsonNode run = api.await("/api/motor-results/runs/" + RUN, r -> r.path("completed").asBoolean()
                && r.path("points").size() == 2);
        assertThat(run.path("motorSerial").asText()).isEqualTo(SERIAL);
        assertThat(run.path("motorDesign").asText()).isEqualTo(DESIGN);
        assertThat(run.path("installedLots")).extracting(JsonNode::asText).containsExactly(LOT);
        JsonNode noLoad = run.path("points").get(1);
        assertThat(noLoad.path("pointId").asText()).isEqualTo("P2");
        // 400 V line-to-line at 1500 rpm: Ke = 400 / (1500 * 2 pi / 60) V*s/rad
        assertThat(noLoad.path("keVsPerRad").asDouble()).isCloseTo(2.546479, within(1e-5));
        assertThat(run.path("points").get(0).path("verdicts")).isNotEmpty();
        assertThat(run.path("points").get(0).path("verdicts").get(0).path("verdict").asText()).isIn("PASS", "FAIL");
        assertThat(api.get("/api/motor-results/motors/" + SERIAL).body().path("items"))
                .extracting(r -> r.path("runId").asText()).containsExactly(RUN);
        assertThat(api.get("/api/motor-results/designs/" + DESIGN).body().path("items"))
                .extracting(r -> r.path("runId").asText()).containsExactly(RUN);
        JsonNode byLot = api.get("/api/motor-results/lots/" + LOT).body();
        assertThat(byLot.path("items")).extracting(r -> r.path("motorSerial").asText()).containsExactly(SERIAL);
        assertThat(byLot.at("/items/0/points/1/keVsPerRad").asDouble()).isCloseTo(2.546479, within(1e-5));
        assertThat(api.get("/api/motor-results/runs/NO-SUCH-RUN").status()).isEqualTo(404);
    }

    private static String design(String designId, String spec) {
        return "{\"designId\": \"" + designId + "\", \"name\": \"Pump motor, API test\", \"requirements\": "
                + requirements(spec, 64.4) + "}";
    }

    private static String requirements(String spec, double keMinVPerKrpm) {
        return String.format(Locale.ROOT, """
                {"specificationId": "%s", "keMin": {"value": %s, "unit": "V/krpm"},
                 "hotTestTemperature": {"value": 150, "unit": "degC"}, "thermalClass": "F"}""", spec, keMinVPerKrpm);
    }

    /** One run as a rig sends it over HTTP: a rated-load point, then a no-load (back-EMF) point. */
    private static void rigRun(ApiClient api) {
        control(api, """
                {"type":"RunStarted","messageId":"%s-start","runId":"%s","rigId":"RIG-7","motorSerial":"%s",\
                "motorDesign":"%s","ratedPowerKw":11.0,"poles":4,"frequencyHz":50.0,"thermalClass":"155(F)",\
                "shaftHeightMm":132,"mounting":"RIGID","vibrationGrade":"A","installedLots":["%s"],\
                "startedAt":"2026-11-20T08:00:00Z"}""".formatted(RUN, RUN, SERIAL, DESIGN, LOT));
        control(api, point("P1", "LOAD", 100.0, 100.0));
        samples(api, 0, 20, "\"torqueNm\":70.0,\"inputPowerW\":11800.0,\"windingTemperatureC\":110.0", "P1");
        control(api, point("P2", "NO_LOAD", 100.0, 0.0));
        samples(api, 20, 20, "\"torqueNm\":0.0,\"backEmfLineVoltageRmsV\":400.0,\"windingTemperatureC\":60.0", "P2");
        control(api, """
                {"type":"RunFinished","messageId":"%s-finish","runId":"%s","at":"2026-11-20T09:00:00Z"}"""
                .formatted(RUN, RUN));
    }

    private static String point(String pointId, String kind, double speedPercent, double torquePercent) {
        return String.format(Locale.ROOT, """
                {"type":"OperatingPointChanged","messageId":"%s-%s","runId":"%s","pointId":"%s","kind":"%s",\
                "speedPercent":%.1f,"torquePercent":%.1f,"at":"2026-11-20T08:01:00Z"}""",
                RUN, pointId, RUN, pointId, kind, speedPercent, torquePercent);
    }

    private static void control(ApiClient api, String line) {
        ApiClient.Response answer = api.postNdjson("/api/ingest/rig-runs", RIG, line + "\n");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("refused")).as(answer.body().toString()).isEmpty();
    }

    private static void samples(ApiClient api, int from, int count, String fields, String pointId) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            lines.add(String.format(Locale.ROOT, "{\"messageId\":\"%s/%d\",\"runId\":\"%s\",\"pointId\":\"%s\",\"sequence\":%d,"
                    + "\"time\":\"2026-11-20T08:%02d:%02dZ\",\"speedRpm\":1500.0,%s,\"coolantTemperatureC\":40.0,"
                    + "\"vibrationVelocityMmS\":0.9}", RUN, i, RUN, pointId, i, 2 + i / 60, i % 60, fields));
        }
        ApiClient.Response answer = api.postNdjson("/api/ingest/rig-samples", RIG, String.join("\n", lines) + "\n");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("refused")).as(answer.body().toString()).isEmpty();
    }
}
