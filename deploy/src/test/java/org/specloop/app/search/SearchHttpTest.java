package org.specloop.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/search as integrators call it: people who read the engineering data find a lot and its part by
 * part of their ids; an empty or overlong q is a 400 problem, and nobody finds anything without signing in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchHttpTest {
    @LocalServerPort
    int port;
    ApiClient api;
    String suffix;

    @BeforeEach
    void aLotReceived() {
        api = new ApiClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.post("/api/lots", "rig.7", """
                {"lotId":"LOT-FIND-%1$s","supplierId":"MAG-DE-1","partNumber":"PN-FIND-%1$s","grade":"42SH","quantity":500,
                 "declaredChain":{"links":[{"tier":"MAGNET_MAKER","sourceId":"MAG-DE-1","country":"DE"}],
                                  "custodyModel":"SEGREGATED"},"receivedAt":"2026-01-05T05:00:00Z"}""".formatted(suffix))
                .status()).isEqualTo(201);
        api.await(search(suffix.toLowerCase()), found -> found.at("/lots/total").asInt() == 1);
    }

    @Test
    void aQualityEngineerFindsTheLotAndItsPartByPartOfTheirIds() {
        ApiClient.Response answer = api.get(search("find-" + suffix.toLowerCase()), TestUsers.CAROL.username);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode found = answer.body();
        assertThat(found.at("/q").asText()).isEqualTo("find-" + suffix.toLowerCase());
        assertThat(found.at("/perKind").asInt()).isEqualTo(10);
        assertThat(found.at("/lots/items/0/lotId").asText()).isEqualTo("LOT-FIND-" + suffix);
        assertThat(found.at("/lots/items/0/partNumber").asText()).isEqualTo("PN-FIND-" + suffix);
        assertThat(found.at("/partNumbers/items/0/partNumber").asText()).isEqualTo("PN-FIND-" + suffix);
        assertThat(found.at("/partNumbers/items/0/lots").asInt()).isEqualTo(1);
        assertThat(found.at("/specifications/total").asInt()).isZero();
    }

    @Test
    void anApproverAndAnAdministratorReadItTooButNotAnOemOrARig() {
        assertThat(api.get(search(suffix), TestUsers.BOB.username).status()).isEqualTo(200);
        assertThat(api.get(search(suffix), TestUsers.ADMIN.username).status()).isEqualTo(200);
        assertThat(api.get(search(suffix), TestUsers.OEM.username).status()).isEqualTo(403);
        assertThat(api.get(search(suffix), "rig.7").status()).isEqualTo(403);
    }

    @Test
    void anEmptyOrOverlongQueryIsAProblem() {
        for (String bad : new String[] {"/api/search", "/api/search?q=", search("++"), search("x".repeat(101))}) {
            ApiClient.Response answer = api.get(bad, TestUsers.CAROL.username);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(bad).startsWith("application/problem+json");
            assertThat(answer.body().at("/detail").asText()).as(bad).startsWith("q must");
        }
    }

    @Test
    void nobodyFindsAnythingWithoutSigningIn() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + search(suffix))).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    /** Ids and their parts need no escaping in a URL; "+" is a blank. */
    private static String search(String q) {
        return "/api/search?q=" + q;
    }
}
