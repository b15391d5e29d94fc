package org.specloop.app.export;

import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list exported as CSV over real HTTP, by the role that would export it: the quality engineer
 * her lots, a lot's measurements (one row per value), histories, changes, specifications, sources and
 * motor data; the administrator the dead letters. The filters of the JSON list hold for the CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CsvExportHttpTest {
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    TestRestTemplate http;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String part = "PN-CSV-" + suffix;
    private final String spec = "SPEC-CSV-" + suffix;
    private final String heldLot = "LOT-CSV-HELD-" + suffix;
    private final String otherLot = "LOT-CSV-OTHER-" + suffix;

    @Test
    void everyListAnswersAsCsvWithItsFiltersByTheRoleThatExportsIt() throws Exception {
        assertThat(post(TestUsers.ALICE, "/api/specifications", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "Rotor magnet, \\"export\\"",
                 "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                                      "testTemperature": {"value": 20, "unit": "degC"}}],
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""".formatted(spec, part)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        receive(heldLot);
        receive(otherLot);
        assertThat(post(TestUsers.ALICE, "/api/lots/" + heldLot + "/measurements", """
                {"measurementId": "M-CSV-1", "sampleId": "S1", "testTemperature": {"value": 20, "unit": "degC"},
                 "lab": "=1+2 Lab", "instrument": "HG-200", "method": "closed-circuit",
                 "values": [{"characteristic": "HcJ", "value": 1650, "unit": "kA/m"},
                            {"characteristic": "Br", "value": 1.32, "unit": "T"}],
                 "measuredAt": "2026-01-05T06:00:00Z"}""").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(TestUsers.ALICE, "/api/lots/" + heldLot + "/hold", "{\"reason\": \"waiting for the certificate\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(TestUsers.ALICE, "/api/engineering-changes", """
                {"trigger":"MANUAL","title":"Coating change, export","description":"supplier notice",
                 "specificationId":"%s"}""".formatted(spec)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(rows(csv(TestUsers.ALICE, "/api/lots?partNumber=" + part + "&disposition=HELD"))).hasSize(2));
        ResponseEntity<String> held = csv(TestUsers.ALICE, "/api/lots?partNumber=" + part + "&disposition=HELD");
        assertThat(held.getHeaders().getContentType().isCompatibleWith(TEXT_CSV)).isTrue();
        assertThat(held.getHeaders().getContentType().getCharset()).hasToString("UTF-8");
        assertThat(held.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(held.getHeaders().getContentDisposition().getFilename()).isEqualTo("lots.csv");
        assertThat(held.getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
        assertThat(held.getBody()).contains("\r\n");
        List<String> lots = rows(held);
        assertThat(lots.get(0)).isEqualTo("lotId,supplierId,partNumber,grade,quantity,custodyModel,receivedAt,disposition,"
                + "lastVerdict,evaluatedSpecificationId,evaluatedRevision,measurementsCount");
        assertThat(lots.get(1)).startsWith(heldLot + ",SUP-CSV," + part + ",42SH,100,").contains(",HELD,");

        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(rows(get(TestUsers.ALICE, "/api/lots?partNumber=" + part + "&format=csv", null))).hasSize(3));

        ResponseEntity<String> measured = csv(TestUsers.ALICE, "/api/lots/" + heldLot + "/measurements?sort=measuredAt,asc");
        assertThat(measured.getHeaders().getContentDisposition().getFilename()).isEqualTo("lots-" + heldLot + "-measurements.csv");
        List<String> values = rows(measured);
        assertThat(values.get(0)).isEqualTo("measurementId,sampleId,testTemperatureC,lab,instrument,method,measuredAt,"
                + "characteristic,symbol,value,unit");
        assertThat(values).hasSize(3);
        assertThat(values.subList(1, 3)).as("one row per value; the lab's formula defused")
                .allMatch(row -> row.startsWith("M-CSV-1,S1,20,'=1+2 Lab,HG-200,"))
                .allMatch(row -> row.contains(",2026-01-05T06:00:00Z,"))
                .anyMatch(row -> row.endsWith(",HcJ,1650,kA/m"))
                .anyMatch(row -> row.endsWith(",Br,1.32,T"));
        assertThat(rows(csv(TestUsers.ALICE, "/api/lots/" + heldLot + "/measurements?characteristic=Br"))).hasSize(2);

        List<String> history = rows(csv(TestUsers.ALICE, "/api/lots/" + heldLot + "/history"));
        assertThat(history.get(0)).isEqualTo("objectType,objectId,eventType,actor,at,summary");
        assertThat(history).anyMatch(row -> row.contains("qe.alice") && row.contains(heldLot));

        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(rows(csv(TestUsers.ALICE, "/api/engineering-changes?specificationId=" + spec))).hasSize(2));
        List<String> changes = rows(csv(TestUsers.ALICE, "/api/engineering-changes?specificationId=" + spec));
        assertThat(changes.get(0)).startsWith("changeId,trigger,title,specificationId,status,");
        assertThat(changes.get(1)).contains("MANUAL,\"Coating change, export\"," + spec + ",");
        assertThat(rows(csv(TestUsers.ALICE, "/api/engineering-changes?specificationId=" + spec + "&status=CLOSED")))
                .as("a filter that matches nothing leaves the header").hasSize(1);

        List<String> specs = rows(csv(TestUsers.ALICE, "/api/specifications?partNumber=" + part));
        assertThat(specs.get(0)).startsWith("specificationId,partNumber,grade,title,");
        assertThat(specs.get(1)).startsWith(spec + "," + part + ",42SH,\"Rotor magnet, \"\"export\"\"\",");

        assertThat(rows(csv(TestUsers.ALICE, "/api/sources?tier=ALLOY_MAKER")).get(0))
                .startsWith("sourceId,name,tier,country,suppliesTo,certificates,");
        assertThat(rows(csv(TestUsers.ALICE, "/api/motor-designs")).get(0)).startsWith("designId,name,version,");
        assertThat(rows(csv(TestUsers.ALICE, "/api/motor-results/lots/" + heldLot)))
                .containsExactly("runId,motorSerial,motorDesign,rigId,ratedPowerKw,installedLots,startedAt,finishedAt,"
                        + "completed,pointsRecorded,verdict,points");

        assertThat(rows(csv(TestUsers.ADMIN, "/api/dead-letters")).get(0)).isEqualTo("group,sequences,events");
        assertThat(rows(csv(TestUsers.ADMIN, "/api/dead-letters/evictions")).get(0))
                .startsWith("evictionId,group,sequenceIdentifier,entryId,");
        assertThat(get(TestUsers.ALICE, "/api/dead-letters?format=csv", null).getStatusCode())
                .as("CSV changes the format, not who may read").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void csvPagesGoUpToTenThousandRowsAndBadRequestsStayProblems() throws Exception {
        assertThat(csv(TestUsers.ALICE, "/api/lots?size=10000").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(TestUsers.ALICE, "/api/lots?size=10000", MediaType.APPLICATION_JSON).getStatusCode())
                .as("a screen's page stays small").isEqualTo(HttpStatus.BAD_REQUEST);
        problem(csv(TestUsers.ALICE, "/api/lots?size=10001"), HttpStatus.BAD_REQUEST);
        problem(csv(TestUsers.ALICE, "/api/lots?disposition=NOPE"), HttpStatus.BAD_REQUEST);
        problem(csv(TestUsers.ALICE, "/api/lots/NO-SUCH-LOT/measurements"), HttpStatus.NOT_FOUND);
        problem(get(TestUsers.ALICE, "/api/lots", MediaType.APPLICATION_XML), HttpStatus.NOT_ACCEPTABLE);
        problem(get(TestUsers.ALICE, "/api/lots?format=xlsx", null), HttpStatus.NOT_ACCEPTABLE);
        receive(otherLot);
        // the lot page is a read model: wait until it exists, so that the refusal is about the format alone
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(
                get(TestUsers.ALICE, "/api/lots/" + otherLot, MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.OK));
        problem(csv(TestUsers.ALICE, "/api/lots/" + otherLot), HttpStatus.NOT_ACCEPTABLE);
    }

    private static void problem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(response.getStatusCode() + " " + response.getHeaders() + " " + response.getBody()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(response.getHeaders().getContentType().toString()).isTrue();
    }

    private void receive(String lot) {
        assertThat(post(TestUsers.ALICE, "/api/lots", """
                {"lotId": "%s", "supplierId": "SUP-CSV", "partNumber": "%s", "grade": "42SH", "quantity": 100,
                 "receivedAt": "%s"}""".formatted(lot, part, Instant.now())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static List<String> rows(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(TEXT_CSV)).isTrue();
        assertThat(response.getBody()).endsWith("\r\n");
        return Arrays.asList(response.getBody().split("\r\n"));
    }

    private ResponseEntity<String> csv(TestUsers user, String path) {
        return get(user, path, TEXT_CSV);
    }

    private ResponseEntity<String> get(TestUsers user, String path, MediaType accept) {
        HttpHeaders headers = user.basic();
        if (accept != null) {
            headers.setAccept(List.of(accept));
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> post(TestUsers user, String path, String body) {
        HttpHeaders headers = user.basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + ": " + response.getBody()).isTrue();
        return response;
    }
}
