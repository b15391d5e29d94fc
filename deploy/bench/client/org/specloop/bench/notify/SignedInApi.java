package org.specloop.bench.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The application's API as one signed-in user (HTTP Basic); any answer other than 2xx stops the benchmark. */
final class SignedInApi {
    private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");
    private final HttpClient client;
    private final String base;
    private final String authorization;
    private final String password;

    SignedInApi(HttpClient client, String base, String user, String password) {
        this.client = client;
        this.base = base;
        this.password = password;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Specification with revision 1 drafted (not yet proposed). */
    void createSpecification(String id, String part, String grade, int hcjMin) throws IOException, InterruptedException {
        post("/api/specifications", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "%s", "title": "notify benchmark magnet",
                 %s}""".formatted(id, part, grade, content(hcjMin)));
    }

    /** Drafts the next revision with a changed HcJ limit; returns its number. */
    int draftRevision(String id, int hcjMin, String reason) throws IOException, InterruptedException {
        String body = post("/api/specifications/" + id + "/revisions",
                "{" + content(hcjMin) + ", \"reason\": \"" + reason + "\"}");
        Matcher matcher = REVISION.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no revision number in " + body);
        }
        return Integer.parseInt(matcher.group(1));
    }

    void propose(String id, int revision) throws IOException, InterruptedException {
        post("/api/specifications/" + id + "/revisions/" + revision + "/proposal", "{}");
    }

    /** A signature: the signer's password goes in the body again (re-authentication, docs/security.md). */
    void approve(String id, int revision) throws IOException, InterruptedException {
        post("/api/specifications/" + id + "/revisions/" + revision + "/approval",
                "{\"reason\": \"notify benchmark\", \"signatureMeaning\": \"APPROVED\", \"password\": \"" + password + "\"}");
    }

    private static String content(int hcjMin) {
        return """
                "characteristics": [
                   {"characteristic": "HcJ", "min": {"value": %d, "unit": "kA/m"},
                    "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"},
                   {"characteristic": "Br", "min": {"value": 1.30, "unit": "T"},
                    "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"}],
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}""".formatted(hcjMin);
    }
}
