package org.specloop.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.specloop.contracts.source.RecordCertificateExpiry;
import org.specloop.notify.WebhookSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: a supply source's certificate expiring, and then expired, as the OEMs' webhooks receive it. The quality
 * engineer registers a separator whose RMAP expires in 20 days and a specification qualifying it; the admin grants
 * acme that specification and globex another part; both subscribe. The daily watch warns 30 days ahead: acme hears
 * it with severity WARNING, globex hears nothing. On the expiry day (the watch's command, sent here with that day
 * because the application's clock cannot be moved) acme hears the expiry, CRITICAL. Each message validates against
 * the envelope and its type's published schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.webhook.allowed-hosts=127.0.0.1",
        "specloop.notify.delivery.poll-interval=200ms",
        "specloop.notify.kafka.bootstrap-servers=",
        "specloop.notify.public-base-url=http://specloop.test",
        "specloop.sourcing.certificate-watch-interval=1s"})
@ActiveProfiles("test")
class CertificateNotificationTest {
    private static final String EXPIRING = "org.specloop.source.certificate.expiring.v1";
    private static final String EXPIRED = "org.specloop.source.certificate.expired.v1";

    @Autowired
    TestRestTemplate http;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String separator = "SEP-CN-" + run;
    private final String spec = "SPEC-CN-" + run;
    private final String part = "P-CN-" + run;
    private final LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusDays(20);
    private final List<String> acme = new CopyOnWriteArrayList<>();
    private final List<String> globex = new CopyOnWriteArrayList<>();
    private final HttpServer receiver = startReceiver();

    private HttpServer startReceiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            for (String oem : List.of("acme", "globex")) {
                server.createContext("/" + oem, exchange -> {
                    ("acme".equals(oem) ? acme : globex).add(new String(exchange.getRequestBody().readAllBytes(),
                            StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
            }
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void onlyTheOemEntitledToAQualifyingSpecificationHearsOfTheCertificateAheadAndOnItsExpiry() throws Exception {
        ok(call(TestUsers.ALICE, "/api/sources", """
                {"sourceId": "%s", "name": "%s Sdn Bhd", "tier": "SEPARATOR", "country": "MY", "certificates": [
                 {"type": "RMI RMAP", "number": "R-%s", "issuer": "RMI", "validFrom": "2024-01-01", "expiresOn": "%s"}]}"""
                .formatted(separator, separator, separator, expiry)));
        createSpecQualifying(separator);
        ok(call(TestUsers.ADMIN, "/api/admin/oem-grants/" + TestUsers.OEM.username, """
                {"specificationIds": ["%s"], "reason": "supply agreement SA-23"}""".formatted(spec)));
        ok(call(TestUsers.ADMIN, "/api/admin/oem-grants/" + TestUsers.OTHER_OEM.username, """
                {"partNumbers": ["P-OTHER-%s"], "reason": "supply agreement SA-24"}""".formatted(run)));
        subscribe(TestUsers.OEM, "acme", "\"specificationIds\": [\"" + spec + "\"], ");
        subscribe(TestUsers.OTHER_OEM, "globex", "");

        // a new day for the watch, until the sourcing policy knows the source (it claimed today at start-up)
        JsonNode warning = awaitWithWatch(EXPIRING);
        assertThat(warning.path("severity").asText()).isEqualTo("WARNING");
        assertThat(warning.path("subject").asText()).isEqualTo(separator);
        JsonNode data = warning.path("data");
        assertThat(data.path("specificationId").asText()).isEqualTo(spec);
        assertThat(data.path("partNumber").asText()).isEqualTo(part);
        assertThat(data.path("tier").asText()).isEqualTo("SEPARATOR");
        assertThat(data.path("certificateType").asText()).isEqualTo("RMI RMAP");
        assertThat(data.path("certificateNumber").asText()).isEqualTo("R-" + separator);
        assertThat(data.path("expiresOn").asText()).isEqualTo(expiry.toString());
        assertThat(data.path("daysLeft").asInt()).isEqualTo(20);
        assertThat(data.path("warningDays").asInt()).isEqualTo(30);
        assertThat(data.path("evidence").asText()).isEqualTo("http://specloop.test/api/sources/" + separator);
        assertValid(warning);

        // the watch on the expiry day asks the source to record it; a second ask is no second expiry
        commands.sendAndWait(new RecordCertificateExpiry(separator, "R-" + separator, expiry));
        commands.sendAndWait(new RecordCertificateExpiry(separator, "R-" + separator, expiry.plusDays(1)));
        JsonNode expired = await(EXPIRED);
        assertThat(expired.path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(expired.path("data").path("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.path("data").path("daysSinceExpiry").asInt()).isZero();
        assertThat(expired.path("data").path("specificationId").asText()).isEqualTo(spec);
        assertValid(expired);

        Thread.sleep(1500);
        assertThat(mentioning(acme, separator)).hasSize(2);
        assertThat(mentioning(globex, separator)).isEmpty();
        assertThat(globex).noneMatch(body -> body.contains("org.specloop.source.certificate"));
    }

    private void createSpecQualifying(String source) throws Exception {
        ok(call(TestUsers.ALICE, "/api/specifications", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "Certificate news",
                 "characteristics": [{"characteristic": "HCJ", "min": {"value": 1592},
                                      "testTemperature": {"value": 20, "unit": "degC"}}],
                 "sourcingRules": {"qualifiedSources": [{"tier": "SEPARATOR", "sourceId": "%s"}]},
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""".formatted(spec, part, source)));
        ok(call(TestUsers.ALICE, "/api/specifications/" + spec + "/revisions/1/proposal", "{}"));
        ok(call(TestUsers.BOB, "/api/specifications/" + spec + "/revisions/1/approval", """
                {"reason": "PPAP approved", "signatureMeaning": "APPROVED", "password": "bob-demo"}"""));
        // the warning is raised once: notify-outbox must know the qualification before the watch runs
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM notify_qualified_source WHERE specification_id = ?", Integer.class, spec)).isOne());
    }

    private void subscribe(TestUsers oem, String path, String filter) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/" + path;
        ResponseEntity<JsonNode> created = call(oem, "/api/subscriptions", """
                {%s"channel": {"kind": "WEBHOOK", "url": "%s", "secrets": ["%s"]}}"""
                .formatted(filter, url, WebhookSignature.newSecret()));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    /** Frees the day for the watch every two seconds until the warning arrives: the aggregate warns once anyway. */
    private JsonNode awaitWithWatch(String type) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            jdbc.update("DELETE FROM sourcing_certificate_watch");
            Thread.sleep(2000);
            List<String> found = ofType(type);
            if (!found.isEmpty()) {
                assertThat(found).hasSize(1);
                return json.readTree(found.get(0));
            }
        }
        throw new AssertionError("no " + type + " in 60 s; acme received " + acme);
    }

    private JsonNode await(String type) throws Exception {
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(ofType(type)).isNotEmpty());
        return json.readTree(ofType(type).get(0));
    }

    /** Read as JSON: the CloudEvents SDK fixes no attribute order or spacing. */
    private List<String> ofType(String type) {
        return mentioning(acme, separator).stream().filter(body -> type.equals(parse(body).path("type").asText())).toList();
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static List<String> mentioning(List<String> bodies, String text) {
        return new ArrayList<>(bodies.stream().filter(body -> body.contains(text)).toList());
    }

    private static void assertValid(JsonNode event) throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        List<Error> errors = new ArrayList<>(schema(registry, "cloudevent.json").validate(event));
        errors.addAll(schema(registry, event.path("type").asText() + ".json").validate(event.path("data")));
        assertThat(errors).as(event.toString()).isEmpty();
    }

    private static Schema schema(SchemaRegistry registry, String file) throws IOException {
        try (InputStream in = CertificateNotificationTest.class.getClassLoader()
                .getResourceAsStream("schemas/notifications/" + file)) {
            assertThat(in).as(file).isNotNull();
            return registry.getSchema(new ObjectMapper().readTree(in));
        }
    }

    private static void ok(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(String.valueOf(answer.getBody())).isTrue();
    }

    private ResponseEntity<JsonNode> call(TestUsers user, String path, String body) {
        HttpHeaders headers = user.basic();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
