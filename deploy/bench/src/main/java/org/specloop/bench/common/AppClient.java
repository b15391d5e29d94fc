package org.specloop.bench.common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls to the application as one client, with its credential and fixed headers on every request, shared
 * by the benchmarks and the fault tests. It uses the JDK alone.
 */
public final class AppClient {
    private final HttpClient http;
    private final Duration timeout;
    private final String[] headers;

    /** headers: name, value, name, value... */
    public AppClient(HttpClient http, Duration timeout, String... headers) {
        this.http = http;
        this.timeout = timeout;
        this.headers = headers.clone();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Answer(int status, String body, String contentType) {
        public boolean ok() {
            return status / 100 == 2;
        }

        /** The body of a 2xx answer; any other answer stops the caller with its status and body. */
        public String okBody(String request) {
            if (!ok()) {
                throw new IllegalStateException(request + " answered " + status + ": " + body);
            }
            return body;
        }
    }

    /** GET base + path when json is null, else POST json there; a failed connection is thrown. */
    public Answer send(String base, String path, String json) throws IOException, InterruptedException {
        return send(base, path, "application/json", json);
    }

    /** GET base + path when body is null, else POST the body there as contentType; a failed connection is thrown. */
    public Answer send(String base, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    /** POSTs json and returns the body; any answer other than 2xx is thrown with its body. */
    public String post(String base, String path, String json) throws IOException, InterruptedException {
        return send(base, path, json).okBody("POST " + path);
    }
}
