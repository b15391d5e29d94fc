package org.specloop.bench.faults;

import org.specloop.bench.common.AppClient;
import org.specloop.bench.common.AppClient.Answer;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.specloop.bench.common.SpecificationJson.content;

/**
 * HTTP load of the fault tests (deploy/faults/run), on the JDK and the bench client's common classes alone.
 * Requests go round-robin over the nodes; a node that does not answer (killed, restarting) or answers
 * 5xx (its database restarting) is skipped and the request is sent to the next one. A request that may
 * have been stored before its node died is retried, and then a 409 "already done" counts as done: the
 * fault test checks the real counts in the event store and the query API afterwards.
 *
 * <pre>
 *   approvals PREFIX SPECS REVISIONS TOPIC URL...  oem.acme subscribes PREFIX's part to approvals over Kafka
 *                                                 TOPIC; SPECS specifications in parallel, REVISIONS each:
 *                                                 qe.alice drafts and proposes, qe.bob approves
 *   verify PREFIX SPECS REVISIONS URL...          the query API shows every revision once: all approved, the
 *                                                 last EFFECTIVE and the others SUPERSEDED
 *   concurrent PREFIX PAIRS URL_A URL_B            PAIRS revisions each approved by qe.bob on A and on B at once:
 *                                                 exactly one 2xx and one 409 problem per pair, never a 5xx
 * </pre>
 * Last line: key=value pairs; exit status 1 when a check failed.
 */
public class FaultLoad {
    private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int ATTEMPTS = 90;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String prefix = args[1];
        boolean ok = switch (mode) {
            case "approvals" -> approvals(prefix, Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4],
                    List.of(args).subList(5, args.length));
            case "verify" -> verify(prefix, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    List.of(args).subList(4, args.length));
            case "concurrent" -> concurrent(prefix, Integer.parseInt(args[2]), args[3], args[4]);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
        System.exit(ok ? 0 : 1);
    }

    /** One user against all nodes. */
    static final class Api {
        private final List<String> nodes;
        private final AppClient client;
        final String password;
        private final AtomicInteger next = new AtomicInteger();
        final AtomicInteger failovers = new AtomicInteger();

        Api(List<String> nodes, String user, String password) {
            this.nodes = nodes;
            this.password = password;
            this.client = new AppClient(HTTP, Duration.ofSeconds(30), "Authorization", AppClient.basic(user, password),
                    "Accept", "application/json");
        }

        /** One attempt on one node: a GET when json is null, else a POST (method says which to the reader). */
        Answer once(String node, String method, String path, String json) throws IOException, InterruptedException {
            return client.send(node, path, json);
        }

        /**
         * Sends until a node gives a final answer (not a transport failure, not 5xx). After an attempt whose
         * outcome is unknown, a 409 means an earlier attempt did the work and is returned as 200.
         */
        Answer send(String method, String path, String json) throws InterruptedException {
            boolean uncertain = false;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
                try {
                    Answer answer = once(node, method, path, json);
                    if (answer.status() / 100 != 5) {
                        return uncertain && answer.status() == 409 ? new Answer(200, answer.body(), answer.contentType())
                                : answer;
                    }
                    uncertain = true; // a 5xx may come after the command was stored (the reply failed)
                } catch (IOException e) {
                    // connection refused: nothing was sent; reset or timeout: the node may have stored it
                    uncertain |= !(e instanceof java.net.ConnectException);
                }
                failovers.incrementAndGet();
                Thread.sleep(Math.min(1000, 100L * (attempt + 1)));
            }
            return new Answer(599, "no node answered " + method + " " + path + " in " + ATTEMPTS + " attempts", "");
        }

        String post(String path, String json) throws InterruptedException {
            return send("POST", path, json).okBody("POST " + path);
        }
    }

    static String part(String prefix) {
        return prefix + "-PART";
    }

    static String spec(String prefix, int i) {
        return prefix + "-SPEC-" + i;
    }

    /** Creates the specification with revision 1 drafted, or finds it there after an uncertain attempt. */
    static void create(Api alice, String prefix, String id) throws InterruptedException {
        alice.post("/api/specifications", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "N42SH", "title": "fault test magnet", %s}"""
                .formatted(id, part(prefix), content(1000)));
    }

    /** Drafts the next revision (number r); after an uncertain attempt the draft may exist already. */
    static void draft(Api alice, String id, int r) throws InterruptedException {
        Answer answer = alice.send("POST", "/api/specifications/" + id + "/revisions",
                "{" + content(1000 + r) + ", \"reason\": \"fault test " + r + "\"}");
        Matcher number = REVISION.matcher(answer.body());
        if (!answer.ok()) {
            throw new IllegalStateException("draft of " + id + " revision " + r + " answered " + answer.status() + ": "
                    + answer.body());
        }
        if (number.find() && Integer.parseInt(number.group(1)) != r) {
            throw new IllegalStateException(id + ": drafted revision " + number.group(1) + " instead of " + r
                    + " (a retried draft was stored twice)");
        }
    }

    static void approve(Api bob, String id, int r) throws InterruptedException {
        bob.post("/api/specifications/" + id + "/revisions/" + r + "/approval",
                "{\"reason\": \"fault test\", \"signatureMeaning\": \"APPROVED\", \"password\": \"" + bob.password + "\"}");
    }

    static boolean approvals(String prefix, int specs, int revisions, String topic, List<String> nodes) throws Exception {
        Api alice = new Api(nodes, "qe.alice", "alice-demo");
        Api bob = new Api(nodes, "qe.bob", "bob-demo");
        Api acme = new Api(nodes, "oem.acme", "acme-demo");
        // oem.acme follows only what it was granted; topic is the one the server names for it
        new Api(nodes, "admin", "admin-demo").post("/api/admin/oem-grants/oem.acme", """
                {"partNumbers": ["%s"], "reason": "fault drill"}""".formatted(part(prefix)));
        acme.post("/api/subscriptions", """
                {"partNumbers": ["%s"], "eventTypes": ["org.specloop.spec.revision.approved.v1"],
                 "channel": {"kind": "KAFKA", "topic": "%s"}}""".formatted(part(prefix), topic));
        ExecutorService pool = Executors.newFixedThreadPool(specs);
        AtomicInteger approved = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int s = 0; s < specs; s++) {
            String id = spec(prefix, s);
            done.add(pool.submit(() -> {
                try {
                    create(alice, prefix, id);
                    for (int r = 1; r <= revisions; r++) {
                        if (r > 1) {
                            draft(alice, id, r);
                        }
                        alice.post("/api/specifications/" + id + "/revisions/" + r + "/proposal", "{}");
                        approve(bob, id, r);
                        approved.incrementAndGet();
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(id + ": " + e.getMessage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        failures.forEach(f -> System.err.println("FAILED " + f));
        System.out.printf("approvals_sent=%d approvals_answered_ok=%d failovers=%d seconds=%.1f%n", specs * revisions,
                approved.get(), alice.failovers.get() + bob.failovers.get(), (System.nanoTime() - started) / 1e9);
        return failures.isEmpty();
    }

    static boolean verify(String prefix, int specs, int revisions, List<String> nodes) throws Exception {
        Api alice = new Api(nodes, "qe.alice", "alice-demo");
        int shown = 0;
        List<String> problems = new ArrayList<>();
        for (int s = 0; s < specs; s++) {
            String id = spec(prefix, s);
            Answer answer = alice.send("GET", "/api/specifications/" + id, null);
            if (!answer.ok()) {
                problems.add(id + ": query answered " + answer.status());
                continue;
            }
            Map<Integer, String> byRevision = new ConcurrentHashMap<>();
            // revisions are listed with their number and status; pair them up in order of appearance
            int at = answer.body().indexOf("\"revisions\"");
            Matcher number = REVISION.matcher(answer.body());
            Matcher status = STATUS.matcher(answer.body());
            int count = 0;
            while (at >= 0 && number.find(at) && status.find(number.end())) {
                count++;
                if (byRevision.put(Integer.parseInt(number.group(1)), status.group(1)) != null) {
                    problems.add(id + ": revision " + number.group(1) + " shown twice");
                }
                at = status.end();
            }
            if (count != revisions) {
                problems.add(id + ": " + count + " revisions shown instead of " + revisions);
            }
            for (int r = 1; r <= revisions; r++) {
                String expected = r == revisions ? "EFFECTIVE" : "SUPERSEDED";
                if (!expected.equals(byRevision.get(r))) {
                    problems.add(id + ": revision " + r + " is " + byRevision.get(r) + ", expected " + expected);
                }
            }
            shown += byRevision.size();
        }
        problems.stream().limit(20).forEach(p -> System.err.println("PROBLEM " + p));
        System.out.printf("revisions_shown=%d query_problems=%d%n", shown, problems.size());
        return problems.isEmpty();
    }

    static boolean concurrent(String prefix, int pairs, String nodeA, String nodeB) throws Exception {
        Api alice = new Api(List.of(nodeA, nodeB), "qe.alice", "alice-demo");
        Api bobA = new Api(List.of(nodeA), "qe.bob", "bob-demo");
        Api bobB = new Api(List.of(nodeB), "qe.bob", "bob-demo");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int exactlyOne = 0;
        int serverErrors = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            String id = spec(prefix, i);
            create(alice, prefix, id);
            alice.post("/api/specifications/" + id + "/revisions/1/proposal", "{}");
            String body = "{\"reason\": \"race\", \"signatureMeaning\": \"APPROVED\", \"password\": \"bob-demo\"}";
            String path = "/api/specifications/" + id + "/revisions/1/approval";
            CountDownLatch go = new CountDownLatch(1);
            Future<Answer> a = pool.submit(() -> {
                go.await();
                return bobA.once(nodeA, "POST", path, body);
            });
            Future<Answer> b = pool.submit(() -> {
                go.await();
                return bobB.once(nodeB, "POST", path, body);
            });
            go.countDown();
            Answer first = a.get();
            Answer second = b.get();
            int oks = (first.ok() ? 1 : 0) + (second.ok() ? 1 : 0);
            for (Answer answer : List.of(first, second)) {
                if (answer.status() >= 500) {
                    serverErrors++;
                    problems.add(id + ": " + answer.status() + " " + answer.body());
                } else if (!answer.ok() && !(answer.status() == 409 && answer.contentType().startsWith("application/problem+json"))) {
                    problems.add(id + ": expected a 409 problem, got " + answer.status() + " " + answer.contentType() + " "
                            + answer.body());
                }
            }
            if (oks == 1) {
                exactlyOne++;
            } else {
                problems.add(id + ": " + oks + " approvals accepted (" + first.status() + ", " + second.status() + ")");
            }
            if (i == 0) {
                Answer refused = first.ok() ? second : first;
                System.out.println("example refusal: " + refused.status() + " " + refused.contentType() + " " + refused.body());
            }
        }
        pool.shutdown();
        problems.stream().limit(20).forEach(p -> System.err.println("PROBLEM " + p));
        System.out.printf("pairs=%d exactly_one_accepted=%d server_errors=%d%n", pairs, exactlyOne, serverErrors);
        return problems.isEmpty();
    }
}
