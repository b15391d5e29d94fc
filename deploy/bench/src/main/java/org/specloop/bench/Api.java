package org.specloop.bench;

import org.specloop.bench.common.AppClient;
import org.specloop.bench.common.SpecificationJson;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** POSTs to the running application; any answer other than 2xx stops the benchmark with its body. */
final class Api {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<String, AppClient> asActor = new ConcurrentHashMap<>();

    Api(String base) {
        this.base = base;
    }

    String post(String path, String actor, String json) throws IOException, InterruptedException {
        AppClient as = asActor.computeIfAbsent(actor,
                a -> new AppClient(client, Duration.ofMinutes(2), credentialHeader(a), credential(a)));
        return as.post(base, path, json);
    }

    /** The demo quality engineers sign in with their README passwords; everyone else is the lab's API key. */
    private static String credentialHeader(String actor) {
        return actor.startsWith("qe.") ? "Authorization" : "X-Api-Key";
    }

    private static String credential(String actor) {
        if (actor.startsWith("qe.")) {
            String password = actor.substring(3) + "-demo";
            return AppClient.basic(actor, password);
        }
        return System.getenv("SPECLOOP_BENCH_LAB_KEY");
    }

    /** A specification whose revision 1 is effective, and the lots, so that the measurements have a home. */
    void prepare(Measurements data) throws IOException, InterruptedException {
        prepareSpecification();
        receiveLots(data);
    }

    void prepareSpecification() throws IOException, InterruptedException {
        String spec = "SPEC-BENCH-42SH";
        post("/api/specifications", "qe.alice", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "42SH", "title": "benchmark rotor magnet",
                 %s}""".formatted(spec, Measurements.PART, SpecificationJson.content(1592)));
        post("/api/specifications/" + spec + "/revisions/1/proposal", "qe.alice", "{}");
        post("/api/specifications/" + spec + "/revisions/1/approval", "qe.bob",
                "{\"reason\": \"benchmark\", \"signatureMeaning\": \"APPROVED\", \"password\": \"bob-demo\"}");
    }

    /** The data set's lots, received against the benchmark part. */
    void receiveLots(Measurements data) throws IOException, InterruptedException {
        for (int lot = 0; lot < data.lots(); lot++) {
            post("/api/lots", "receiving", """
                    {"lotId": "%s", "supplierId": "SUP-BENCH", "partNumber": "%s", "grade": "42SH", "quantity": 2400,
                     "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}"""
                    .formatted(data.lotId(lot), Measurements.PART, Instant.now()));
        }
    }
}
