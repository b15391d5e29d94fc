package org.specloop.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API users rely on: probes, Prometheus metrics with Axon's, the OpenAPI document. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability // Spring Boot tests switch metrics export off unless asked
class OperationsEndpointsTest {
    @LocalServerPort
    int port;

    private String get(String path) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path)
                .headers(h -> h.addAll(TestUsers.ADMIN.basic())).retrieve().body(String.class);
    }

    @Test
    void livenessAndReadinessProbesAnswerUp() {
        assertThat(get("/actuator/health/liveness")).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness")).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusExposesHttpAndAxonCommandMetrics() {
        new ApiClient(port).post("/api/sources", "qe.alice", """
                {"sourceId":"MET-1","name":"Metrics Mine","tier":"MINE","country":"AU"}""");
        String metrics = get("/actuator/prometheus");
        assertThat(metrics).contains("http_server_requests_seconds");
        assertThat(metrics).containsPattern("(?m)^axon_command_bus_handling_seconds_count\\{.*outcome=\"success\"");
        // the concurrency limits are in the running node's filter chain (docs/operations.md, "Concurrency limits")
        assertThat(metrics).containsPattern("(?m)^specloop_http_concurrency_waiting\\{.*kind=\"read\"")
                .containsPattern("(?m)^specloop_http_concurrency_refused_total\\{.*kind=\"ingest\"");
    }

    @Test
    void pausingKafkaIngestOnANodeWithoutItIsAClearConflict() {
        ApiClient.Response answer = new ApiClient(port).post("/api/admin/ingest/pause", TestUsers.ADMIN.username, null);
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().path("type").asText()).isEqualTo("urn:specloop:problem:kafka-ingest-disabled");
    }

    @Test
    void openApiDocumentDescribesTheCommandAndQueryEndpoints() {
        String openApi = get("/v3/api-docs");
        assertThat(openApi).contains("\"/api/specifications/{id}/revisions/{revision}/approval\"")
                .contains("\"/api/lots\"").contains("\"/api/engineering-changes\"");
    }
}
