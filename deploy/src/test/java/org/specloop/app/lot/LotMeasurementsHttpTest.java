package org.specloop.app.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A quality engineer reads back everything the lab measured on a lot, not only the limited
 * characteristics of its verdict: every property in its canonical unit, per sample and temperature,
 * filtered and paged, and the lot's history names the values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LotMeasurementsHttpTest {
    @LocalServerPort
    int port;
    ApiClient api;
    String lot;

    @BeforeEach
    void lotMeasuredAtTwoTemperatures() {
        api = new ApiClient(port);
        lot = "LOT-MEAS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.post("/api/lots", "rig.7", """
                {"lotId":"%s","supplierId":"MAG-DE-1","partNumber":"PN-MEAS-1","grade":"42SH","quantity":500,
                 "declaredChain":{"links":[{"tier":"MAGNET_MAKER","sourceId":"MAG-DE-1","country":"DE"}],
                                  "custodyModel":"SEGREGATED"},"receivedAt":"2026-01-05T05:00:00Z"}""".formatted(lot))
                .status()).isEqualTo(201);
        measure("M-1", "S1", 20, """
                {"characteristic":"Br","value":1.32,"unit":"T"},{"characteristic":"HcJ","value":20.3,"unit":"kOe"},
                {"characteristic":"HcB","value":1000,"unit":"kA/m"},{"characteristic":"(BH)max","value":330,"unit":"kJ/m3"},
                {"characteristic":"Hk/HcJ","value":0.95}""");
        measure("M-2", "S1", 100, """
                {"characteristic":"Br","value":1.22,"unit":"T"},{"characteristic":"HcJ","value":900,"unit":"kA/m"}""");
        measure("M-3", "S2", 20, """
                {"characteristic":"Br","value":1.31,"unit":"T"}""");
        api.await("/api/lots/" + lot + "/measurements", page -> page.at("/total").asInt() == 3
                && page.at("/items/0/values").size() == 5);
    }

    @Test
    void everyPropertyComesBackInItsCanonicalUnitPerSampleAndTemperature() {
        JsonNode page = api.get("/api/lots/" + lot + "/measurements", TestUsers.CAROL.username).body();

        assertThat(ids(page)).containsExactly("M-1", "M-2", "M-3");
        JsonNode first = page.at("/items/0");
        assertThat(first.at("/sampleId").asText()).isEqualTo("S1");
        assertThat(first.at("/testTemperatureC").asDouble()).isEqualTo(20.0);
        assertThat(first.at("/instrument").asText()).isEqualTo("HG-200");
        assertThat(first.at("/method").asText()).isEqualTo("CLOSED_CIRCUIT_IEC_60404_5");
        assertThat(symbols(first)).containsExactly("Br", "HcB", "HcJ", "(BH)max", "Hk/HcJ");
        JsonNode hcj = first.at("/values/2");
        assertThat(hcj.at("/characteristic").asText()).isEqualTo("HCJ");
        assertThat(hcj.at("/unit").asText()).isEqualTo("kA/m");
        assertThat(hcj.at("/value").asDouble()).as("20.3 kOe").isCloseTo(1615.4, within(0.1));
        assertThat(first.at("/values/3/unit").asText()).isEqualTo("kJ/m3");
    }

    @Test
    void filtersBySampleTemperatureAndPropertyAndPages() {
        JsonNode hcjOnly = api.get("/api/lots/" + lot + "/measurements?characteristic=HcJ").body();
        assertThat(ids(hcjOnly)).containsExactly("M-1", "M-2");
        assertThat(symbols(hcjOnly.at("/items/1"))).containsExactly("HcJ");

        assertThat(ids(api.get("/api/lots/" + lot + "/measurements?sampleId=S2").body())).containsExactly("M-3");
        assertThat(ids(api.get("/api/lots/" + lot + "/measurements?temperatureC=100").body())).containsExactly("M-2");

        JsonNode paged = api.get("/api/lots/" + lot + "/measurements?sort=testTemperature,desc&size=1").body();
        assertThat(ids(paged)).containsExactly("M-2");
        assertThat(paged.at("/total").asInt()).isEqualTo(3);
    }

    @Test
    void theLotsHistoryNamesTheMeasuredValues() {
        JsonNode history = api.get("/api/lots/" + lot + "/history").body();
        assertThat(history.at("/items").toString()).contains("Br 1.32 T, HcJ 1615.4131 kA/m, HcB 1000 kA/m, (BH)max 330 kJ/m3, Hk/HcJ 0.95\"")
                .contains("HcJ 900 kA/m");
    }

    @Test
    void wrongFiltersAndUnknownLotsAreProblemsAndOemsMayNotRead() {
        ApiClient.Response unknownProperty = api.get("/api/lots/" + lot + "/measurements?characteristic=Coolness");
        assertThat(unknownProperty.status()).isEqualTo(400);
        assertThat(unknownProperty.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownProperty.body().at("/detail").asText()).contains("Coolness");
        assertThat(api.get("/api/lots/" + lot + "/measurements?temperatureC=warm").status()).isEqualTo(400);
        assertThat(api.get("/api/lots/" + lot + "/measurements?sort=colour").status()).isEqualTo(400);
        assertThat(api.get("/api/lots/LOT-NOPE-" + lot + "/measurements").status()).isEqualTo(404);
        assertThat(api.get("/api/lots/" + lot + "/measurements", TestUsers.OEM.username).status()).isEqualTo(403);
    }

    private void measure(String measurementId, String sample, double temperatureC, String values) {
        ApiClient.Response recorded = api.post("/api/lots/" + lot + "/measurements", "lab.1", """
                {"measurementId":"%s","sampleId":"%s","testTemperature":{"value":%s,"unit":"degC"},"lab":"QC",
                 "instrument":"HG-200","method":"closed-circuit","values":[%s],"measuredAt":"2026-01-05T06:0%s:00Z"}"""
                .formatted(measurementId, sample, temperatureC, values, measurementId.substring(2)));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.at("/items").forEach(item -> ids.add(item.at("/measurementId").asText()));
        return ids;
    }

    private static List<String> symbols(JsonNode measurement) {
        List<String> symbols = new ArrayList<>();
        measurement.at("/values").forEach(value -> symbols.add(value.at("/symbol").asText()));
        return symbols;
    }
}
