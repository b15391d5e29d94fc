package org.specloop.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Talks to the running application over real HTTP, the way an API client would. */
public final class ApiClient {
    private final RestClient http;
    private final ObjectMapper json = new ObjectMapper();

    public ApiClient(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public record Response(int status, HttpHeaders headers, JsonNode body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    public Response post(String path, String actor, String body) {
        return post(path, actor, body, null);
    }

    public Response post(String path, String actor, String body, String idempotencyKey) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (actor != null) {
                        signIn(h, actor);
                    }
                    if (idempotencyKey != null) {
                        h.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .body(body == null ? "{}" : body)
                .exchange((request, response) -> new Response(response.getStatusCode().value(), response.getHeaders(),
                        read(response.getBody().readAllBytes())));
    }

    /** An NDJSON batch, as rigs and labs send to /api/ingest/**. */
    public Response postNdjson(String path, String actor, String lines) {
        return http.post().uri(path).contentType(MediaType.parseMediaType("application/x-ndjson"))
                .headers(h -> signIn(h, actor)).body(lines)
                .exchange((request, response) -> new Response(response.getStatusCode().value(), response.getHeaders(),
                        read(response.getBody().readAllBytes())));
    }

    /** People sign in with their demo password; rigs and labs with the demo rig's API key. */
    private static void signIn(HttpHeaders headers, String actor) {
        for (TestUsers user : TestUsers.values()) {
            if (user.username.equals(actor)) {
                headers.addAll(user.basic());
                return;
            }
        }
        headers.set("X-Api-Key", TestUsers.RIG_KEY);
    }

    public Response get(String path) {
        return get(path, TestUsers.ALICE.username);
    }

    public Response get(String path, String actor) {
        return http.get().uri(path).headers(h -> signIn(h, actor))
                .exchange((request, response) -> new Response(response.getStatusCode().value(), response.getHeaders(),
                        read(response.getBody().readAllBytes())));
    }

    /** Read models follow the events asynchronously: poll until the view shows what the test expects. */
    public JsonNode await(String path, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Response last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path);
            if (last.status() == 200 && condition.test(last.body())) {
                return last.body();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("condition not met for " + path + "; last answer " + (last == null ? "none" : last.status() + " " + last.body()));
    }

    private JsonNode read(byte[] bytes) throws IOException {
        return bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
    }
}
