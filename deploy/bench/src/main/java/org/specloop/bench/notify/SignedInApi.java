package org.specloop.bench.notify;

import org.specloop.bench.common.AppClient;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.specloop.bench.common.SpecificationJson.content;

/** The application's API as one signed-in user (HTTP Basic); any answer other than 2xx stops the benchmark. */
final class SignedInApi {
    private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");
    private final AppClient client;
    private final String base;
    private final String password;

    SignedInApi(HttpClient http, String base, String user, String password) {
        this.client = new AppClient(http, Duration.ofMinutes(1), "Authorization", AppClient.basic(user, password));
        this.base = base;
        this.password = password;
    }

    String post(String path, String json) throws IOException, InterruptedException {
        return client.post(base, path, json);
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
}
