package org.specloop.app.security.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with a real OpenID Connect provider: SpecLoop is configured with nothing but the provider's
 * issuer URL (discovery finds the keys), the audience "specloop" and the realm roles claim, the way
 * docs/security.md configures Keycloak. Each client gets its access token from the provider's token
 * endpoint and calls SpecLoop over HTTP as the role that would: roles come from the token's claims,
 * the principal from preferred_username (else the client's sub), and a token that is expired, meant
 * for another audience or issued by another issuer is refused with a 401 problem saying why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class OidcSignInTest {
    private static final Duration LONG = Duration.ofMinutes(5);
    private static final List<OidcProvider.Client> CLIENTS = List.of(
            new OidcProvider.Client("qe-tool", "qe.dana", List.of("default-roles-specloop", "quality_engineer"), "specloop", LONG),
            new OidcProvider.Client("lab-qc", null, List.of("rig"), "specloop", LONG),
            new OidcProvider.Client("oem-portal", "oem.acme", List.of("oem"), "specloop", LONG),
            new OidcProvider.Client("admin-console", "admin.erin", List.of("admin"), "specloop", LONG),
            new OidcProvider.Client("guest-tool", "guest.frank", List.of("default-roles-specloop", "offline_access"), "specloop", LONG),
            new OidcProvider.Client("short-lived", "qe.dana", List.of("quality_engineer"), "specloop", Duration.ofSeconds(1)),
            new OidcProvider.Client("billing-app", "qe.dana", List.of("quality_engineer"), "billing", LONG));
    private static final RSAKey SHARED_KEY = OidcProvider.newSigningKey();
    /** The provider SpecLoop trusts. */
    static final OidcProvider PROVIDER = OidcProvider.start(SHARED_KEY, CLIENTS);
    /** Another issuer signing with the very same key: only the issuer check can refuse its tokens. */
    static final OidcProvider OTHER_ISSUER = OidcProvider.start(SHARED_KEY, CLIENTS);

    private static final String SPEC = """
            {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "Rotor magnet",
             "characteristics": [{"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                                  "testTemperature": {"value": 20, "unit": "degC"}}],
             "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""";

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry properties) {
        properties.add("specloop.security.jwt.issuer-uri", PROVIDER::issuer);
        properties.add("specloop.security.jwt.audience", () -> "specloop");
        properties.add("specloop.security.jwt.roles-claim", () -> "realm_access.roles");
        // no leeway, so that the one-second token is seen to expire without waiting out Spring's default minute
        properties.add("specloop.security.jwt.clock-skew", () -> "0s");
    }

    @AfterAll
    static void stopProviders() {
        PROVIDER.close();
        OTHER_ISSUER.close();
    }

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer call(HttpMethod method, String path, String token, String body) {
        RestClient.RequestBodySpec request = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (req, res) -> { }).build()
                .method(method).uri(path).headers(h -> h.setBearerAuth(token));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            String type = res.getHeaders().getContentType() == null ? "" : res.getHeaders().getContentType().toString();
            return new Answer(res.getStatusCode().value(), type, bytes.length == 0 ? json.nullNode() : json.readTree(bytes));
        });
    }

    private Answer get(String path, String token) {
        return call(HttpMethod.GET, path, token, null);
    }

    private Answer post(String path, String token, String body) {
        return call(HttpMethod.POST, path, token, body);
    }

    /** The read side follows the events shortly after the command. */
    private JsonNode await(String path, String token, Predicate<JsonNode> condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        Answer last = get(path, token);
        while (!(last.status() == 200 && condition.test(last.body())) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            last = get(path, token);
        }
        assertThat(last.status()).as(path + " " + last.body()).isEqualTo(200);
        assertThat(condition.test(last.body())).as(path + " " + last.body()).isTrue();
        return last.body();
    }

    private static List<String> actors(JsonNode history) {
        return history.path("items").findValuesAsText("actor");
    }

    private static void assertUnauthenticated(Answer answer, String why) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.body().path("type").asText()).isEqualTo("urn:specloop:problem:unauthenticated");
        assertThat(answer.body().path("detail").asText()).contains(why);
    }

    @Test
    void theAppFindsTheProvidersKeysThroughDiscovery() {
        JsonNode discovery = PROVIDER.discovery();
        assertThat(discovery.path("issuer").asText()).isEqualTo(PROVIDER.issuer());
        assertThat(discovery.path("jwks_uri").asText()).startsWith(PROVIDER.issuer());
        // the only thing SpecLoop was told is the issuer: a token it accepts was checked with the discovered keys
        assertThat(get("/api/specifications", PROVIDER.accessToken("qe-tool")).status()).isEqualTo(200);
    }

    @Test
    void aQualityEngineerWritesAndReadsAsTheTokensUserButCannotApprove() throws Exception {
        String qe = PROVIDER.accessToken("qe-tool");
        String spec = "SPEC-OIDC-" + run;

        assertThat(post("/api/specifications", qe, SPEC.formatted(spec, "P-" + spec)).status()).isEqualTo(201);
        assertThat(post("/api/specifications/" + spec + "/revisions/1/proposal", qe, null).status()).isEqualTo(200);
        JsonNode history = await("/api/specifications/" + spec + "/history", qe, h -> actors(h).size() >= 2);

        assertThat(actors(history)).containsOnly("qe.dana");
        Answer approval = post("/api/specifications/" + spec + "/revisions/1/approval", qe,
                "{\"reason\": \"PPAP complete\", \"signatureMeaning\": \"APPROVED\"}");
        assertThat(approval.status()).isEqualTo(403);
        assertThat(approval.body().path("type").asText()).isEqualTo("urn:specloop:problem:forbidden");
        assertThat(approval.body().path("detail").asText()).contains("'qe.dana'");
    }

    @Test
    void aLabMachineReceivesALotAndIngestsAMeasurementUnderItsClientId() throws Exception {
        String lab = PROVIDER.accessToken("lab-qc");
        String lot = "LOT-OIDC-" + run;

        Answer receipt = post("/api/lots", lab, """
                {"lotId":"%s","supplierId":"MAG-DE-1","partNumber":"PN-OIDC-1","grade":"42SH","quantity":500,
                 "declaredChain":{"links":[{"tier":"MAGNET_MAKER","sourceId":"MAG-DE-1","country":"DE"}],
                                  "custodyModel":"SEGREGATED"},"receivedAt":"2026-01-05T05:00:00Z"}""".formatted(lot));
        assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);
        Answer measured = post("/api/lots/" + lot + "/measurements", lab, """
                {"measurementId":"M-OIDC-1","sampleId":"S1","testTemperature":{"value":20,"unit":"degC"},"lab":"QC",
                 "instrument":"HG-200","method":"closed-circuit","values":[{"characteristic":"Br","value":1.32,"unit":"T"}],
                 "measuredAt":"2026-01-05T06:00:00Z"}""");
        assertThat(measured.status()).as(measured.body().toString()).isEqualTo(201);

        String qe = PROVIDER.accessToken("qe-tool");
        await("/api/lots/" + lot + "/measurements", qe, page -> page.path("total").asInt() == 1);
        JsonNode history = await("/api/lots/" + lot + "/history", qe, h -> actors(h).size() >= 2);
        assertThat(actors(history)).containsOnly("lab-qc");
        // a rig streams data; it does not read the engineering data
        assertThat(get("/api/lots", lab).status()).isEqualTo(403);
    }

    @Test
    void anOemTokenIsTheOemAccountItsUserNameNames() {
        String admin = PROVIDER.accessToken("admin-console");
        String part = "P-OIDC-" + run;
        Answer granted = post("/api/admin/oem-grants/oem.acme", admin,
                "{\"partNumbers\": [\"" + part + "\"], \"reason\": \"supply agreement\"}");
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(200);

        Answer mine = get("/api/grants", PROVIDER.accessToken("oem-portal"));

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().path("oem").asText()).isEqualTo("oem.acme");
        assertThat(mine.body().path("partNumbers").toString()).contains(part);
        assertThat(mine.body().path("grants").findValuesAsText("grantedBy")).contains("admin.erin");
        assertThat(get("/api/lots", PROVIDER.accessToken("oem-portal")).status()).isEqualTo(403);
    }

    @Test
    void aTokenWithoutSpecloopRolesIsSignedInButMayNotWrite() {
        String guest = PROVIDER.accessToken("guest-tool");

        Answer write = post("/api/specifications", guest, SPEC.formatted("SPEC-GUEST-" + run, "P-GUEST-" + run));

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(write.body().path("type").asText()).isEqualTo("urn:specloop:problem:forbidden");
        assertThat(write.body().path("detail").asText()).contains("'guest.frank'");
        assertThat(get("/api/specifications", guest).status()).isEqualTo(403);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = PROVIDER.accessToken("short-lived");
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        // the default leeway of a minute would still accept it; with the configured 0 s it is over at exp
        while (!Instant.now().isAfter(expiry.plusMillis(300))) {
            Thread.sleep(100);
        }

        assertUnauthenticated(get("/api/specifications", token), "expired");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertUnauthenticated(get("/api/specifications", PROVIDER.accessToken("billing-app")),
                "audience [billing] does not name 'specloop'");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWithTheSameKey() throws Exception {
        String foreign = OTHER_ISSUER.accessToken("qe-tool");
        assertThat(SignedJWT.parse(foreign).getJWTClaimsSet().getIssuer()).isEqualTo(OTHER_ISSUER.issuer());

        assertUnauthenticated(get("/api/specifications", foreign), "iss");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = PROVIDER.accessToken("qe-tool");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(get("/api/specifications", tampered).status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRefused() {
        try (OidcProvider stranger = OidcProvider.start(CLIENTS)) {
            assertThat(get("/api/specifications", stranger.accessToken("qe-tool")).status()).isEqualTo(401);
        }
    }
}
