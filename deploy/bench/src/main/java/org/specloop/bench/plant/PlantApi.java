package org.specloop.bench.plant;

import org.specloop.bench.common.AppClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plant's users over HTTP, each with the credential it would have: the quality engineers sign in with
 * HTTP Basic (their README passwords), the lab, the rigs and goods receiving use the lab's API key (role RIG),
 * the operator the admin key. The keys come from the environment the scenario set.
 */
final class PlantApi {
    /**
     * ALICE and BOB write with HTTP Basic (a script's way); READER is qe.alice signed in through the log-in
     * form with a session cookie, as the workspace in her browser reads: HTTP Basic checks the bcrypt hash on
     * every request, which no browser user pays per page.
     */
    enum Actor { ALICE, BOB, LAB, ADMIN, READER }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<Actor, AppClient> clients = new ConcurrentHashMap<>();

    PlantApi(String base) {
        this.base = base;
    }

    private AppClient as(Actor actor) {
        return clients.computeIfAbsent(actor, a -> switch (a) {
            case ALICE -> new AppClient(http, Duration.ofMinutes(2), "Authorization", AppClient.basic("qe.alice", "alice-demo"));
            case BOB -> new AppClient(http, Duration.ofMinutes(2), "Authorization", AppClient.basic("qe.bob", "bob-demo"));
            case LAB -> new AppClient(http, Duration.ofMinutes(2), "X-Api-Key", env("SPECLOOP_BENCH_LAB_KEY"),
                    "X-Actor", "lab.bench");
            case ADMIN -> new AppClient(http, Duration.ofMinutes(2), "X-Api-Key", env("SPECLOOP_BENCH_ADMIN_KEY"));
            case READER -> signedIn("qe.alice", "alice-demo");
        });
    }

    /** A client of its own with a session: GET /login for the CSRF token, then the form's POST. */
    AppClient signedIn(String user, String password) {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        AppClient client = new AppClient(browser, Duration.ofMinutes(2));
        try {
            String page = client.send(base, "/login", null).okBody("GET /login");
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the log-in page");
            }
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            AppClient.Answer answer = client.send(base, "/login", "application/x-www-form-urlencoded", form);
            if (answer.status() != 302 && answer.status() != 200) {
                throw new IllegalStateException("log-in of " + user + " answered " + answer.status());
            }
            AppClient.Answer check = client.send(base, "/api/specifications?size=1", null);
            if (check.status() != 200) {
                throw new IllegalStateException("log-in of " + user + " gave no session: " + check.status());
            }
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(name + " is not set: run through deploy/bench/run plant");
        }
        return value;
    }

    /** POSTs JSON; anything but 2xx stops the run with the answer. */
    String post(Actor actor, String path, String json) throws IOException, InterruptedException {
        return as(actor).post(base, path, json);
    }

    /** POSTs NDJSON lines to an ingest endpoint; a refused line stops the run with its reason. */
    void ingest(String path, CharSequence lines) throws IOException, InterruptedException {
        String answer = as(Actor.LAB).send(base, path, "application/x-ndjson", lines.toString()).okBody("POST " + path);
        if (!answer.contains("\"refused\":[]")) {
            throw new IllegalStateException("POST " + path + " refused lines: " + answer);
        }
    }

    /** GET with a client of the caller's own, e.g. one signed-in session per reader. */
    static String getOk(AppClient client, String base, String path) throws IOException, InterruptedException {
        return client.send(base, path, null).okBody("GET " + path);
    }

    String base() {
        return base;
    }

    AppClient.Answer get(Actor actor, String path) throws IOException, InterruptedException {
        return as(actor).send(base, path, null);
    }

    String getOk(Actor actor, String path) throws IOException, InterruptedException {
        return get(actor, path).okBody("GET " + path);
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no \"" + field + "\" in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
