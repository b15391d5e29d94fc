package org.specloop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs to the running application; any answer other than 2xx stops the benchmark with its body. */
final class Api {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    String post(String path, String actor, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header(credentialHeader(actor), credential(actor))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The demo quality engineers sign in with their README passwords; everyone else is the lab's API key. */
    private static String credentialHeader(String actor) {
        return actor.startsWith("qe.") ? "Authorization" : "X-Api-Key";
    }

    private static String credential(String actor) {
        if (actor.startsWith("qe.")) {
            String password = actor.substring(3) + "-demo";
            return "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (actor + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return System.getenv("SPECLOOP_BENCH_LAB_KEY");
    }

    /** A specification whose revision 1 is effective, and the lots, so that the measurements have a home. */
    void prepare(Measurements data) throws IOException, InterruptedException {
        String spec = "SPEC-BENCH-42SH";
        post("/api/specifications", "qe.alice", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "benchmark rotor magnet",
                 "characteristics": [
                   {"characteristic": "HcJ", "min": {"value": 1592, "unit": "kA/m"},
                    "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"},
                   {"characteristic": "Br", "min": {"value": 1.30, "unit": "T"},
                    "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"}],
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}}""".formatted(spec, Measurements.PART));
        post("/api/specifications/" + spec + "/revisions/1/proposal", "qe.alice", "{}");
        post("/api/specifications/" + spec + "/revisions/1/approval", "qe.bob",
                "{\"reason\": \"benchmark\", \"signatureMeaning\": \"APPROVED\", \"password\": \"bob-demo\"}");
        for (int lot = 0; lot < data.lots(); lot++) {
            post("/api/lots", "receiving", """
                    {"lotId": "%s", "supplierId": "SUP-BENCH", "partNumber": "%s", "grade": "42SH", "quantity": 2400,
                     "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}}"""
                    .formatted(Measurements.lotId(lot), Measurements.PART));
        }
    }
}
