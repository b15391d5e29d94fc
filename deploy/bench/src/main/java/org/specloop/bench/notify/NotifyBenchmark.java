package org.specloop.bench.notify;

import org.specloop.notify.WebhookSignature;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * deploy/bench/scenarios/notify runs this against a started application and broker: oem.acme subscribes
 * to one part over a webhook (received here, signatures verified) and over Kafka (consumed here);
 * qe.alice drafts and proposes, qe.bob approves, N times; the latency per channel is from the instant
 * the approval response returned to the instant the notification arrived. Last line: key=value pairs.
 */
public final class NotifyBenchmark {
    static final String PART = "P-NOTIFY-BENCH";
    private static final String[] GRADES = {"42SH", "45SH", "48H", "38UH", "35EH", "40SH", "44SH", "50M"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String base = options.get("base");
        int approvals = Integer.parseInt(options.getOrDefault("approvals", "1000"));
        int specs = Integer.parseInt(options.getOrDefault("specs", "2"));
        Duration wait = Duration.ofSeconds(Long.parseLong(options.getOrDefault("wait-seconds", "60")));
        if (specs < 1 || specs > GRADES.length) {
            throw new IllegalArgumentException("--specs must be 1.." + GRADES.length);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        SignedInApi alice = new SignedInApi(http, base, "qe.alice", "alice-demo");
        SignedInApi bob = new SignedInApi(http, base, "qe.bob", "bob-demo");
        SignedInApi acme = new SignedInApi(http, base, "oem.acme", "acme-demo");
        SignedInApi admin = new SignedInApi(http, base, "admin", "admin-demo");

        Arrivals kafka = new Arrivals("kafka");
        Arrivals webhook = new Arrivals("webhook");
        String secret = WebhookSignature.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(Integer.parseInt(options.get("webhook-port")), secret, webhook);
             KafkaArrivals consumer = new KafkaArrivals(options.get("kafka"), options.get("topic"), kafka)) {
            consumer.awaitAssignment(Duration.ofSeconds(60));
            Subscriptions.grant(admin, PART);
            Subscriptions.webhook(acme, PART, receiver.url(), secret);
            Subscriptions.kafka(acme, PART, options.get("topic"));

            Map<String, Long> approvedAt = new ConcurrentHashMap<>();
            long started = System.nanoTime();
            List<Long> approvalCallNanos = approve(alice, bob, approvals, specs, approvedAt);
            double approveSeconds = (System.nanoTime() - started) / 1e9;

            long deadline = System.nanoTime() + wait.toNanos();
            while ((kafka.approvalsSeen() < approvals || webhook.approvalsSeen() < approvals) && System.nanoTime() < deadline) {
                consumer.checkHealthy();
                Thread.sleep(100);
            }
            Thread.sleep(500); // late duplicates, if any, are counted too
            report(approvals, specs, approveSeconds, approvalCallNanos, approvedAt, kafka, webhook, receiver.refused(),
                    options.getOrDefault("settings", ""));
        }
    }

    /** specs workers in parallel, each on its own specification, one revision after another. */
    private static List<Long> approve(SignedInApi alice, SignedInApi bob, int approvals, int specs,
                                      Map<String, Long> approvedAt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(specs);
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int s = 0; s < specs; s++) {
            String id = "SPEC-NOTIFY-" + GRADES[s];
            String grade = GRADES[s];
            int count = approvals / specs + (s < approvals % specs ? 1 : 0);
            workers.add(pool.submit(() -> {
                List<Long> calls = new ArrayList<>();
                alice.createSpecification(id, PART, grade, hcj(1));
                for (int i = 0; i < count; i++) {
                    int revision = i == 0 ? 1 : alice.draftRevision(id, hcj(i + 1), "notify benchmark " + i);
                    alice.propose(id, revision);
                    long before = System.nanoTime();
                    bob.approve(id, revision);
                    long after = System.nanoTime();
                    approvedAt.put(Arrivals.approvalKey(id, revision), after);
                    calls.add(after - before);
                }
                return calls;
            }));
        }
        List<Long> calls = new ArrayList<>();
        try {
            for (Future<List<Long>> worker : workers) {
                calls.addAll(worker.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return calls;
    }

    /** Consecutive revisions differ in their HcJ minimum, within the plausible range. */
    private static int hcj(int revision) {
        return 1500 + revision % 400;
    }

    private static void report(int approvals, int specs, double approveSeconds, List<Long> approvalCalls,
                               Map<String, Long> approvedAt, Arrivals kafka, Arrivals webhook, int refused, String settings) {
        Map<String, List<Long>> latencies = new HashMap<>();
        Map<String, Integer> missing = new HashMap<>();
        for (Arrivals channel : List.of(kafka, webhook)) {
            List<Long> values = new ArrayList<>();
            int absent = 0;
            for (Map.Entry<String, Long> approval : approvedAt.entrySet()) {
                Long arrival = channel.arrivalOf(approval.getKey());
                if (arrival == null) {
                    absent++;
                } else {
                    values.add(arrival - approval.getValue());
                }
            }
            values.sort(null);
            latencies.put(channel.channel(), values);
            missing.put(channel.channel(), absent);
        }
        approvalCalls.sort(null);
        System.out.printf(Locale.ROOT, "approvals=%d specifications=%d seconds=%.1f approval_call_p50_ms=%.1f p99_ms=%.1f %s%n",
                approvedAt.size(), specs, approveSeconds, ms(percentile(approvalCalls, 0.50)),
                ms(percentile(approvalCalls, 0.99)), settings);
        System.out.printf(Locale.ROOT, "%-8s %9s %8s %10s %8s %8s %8s %8s %8s %8s%n", "channel", "received", "missing",
                "duplicates", "min_ms", "p50_ms", "p90_ms", "p99_ms", "max_ms", "mean_ms");
        for (Arrivals channel : List.of(kafka, webhook)) {
            List<Long> values = latencies.get(channel.channel());
            System.out.printf(Locale.ROOT, "%-8s %9d %8d %10d %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f%n", channel.channel(),
                    channel.distinct(), missing.get(channel.channel()), channel.duplicates(),
                    ms(values.isEmpty() ? 0 : values.get(0)), ms(percentile(values, 0.50)), ms(percentile(values, 0.90)),
                    ms(percentile(values, 0.99)), ms(values.isEmpty() ? 0 : values.get(values.size() - 1)),
                    ms((long) values.stream().mapToLong(Long::longValue).average().orElse(0)));
        }
        long kafkaP99 = Math.round(ms(percentile(latencies.get("kafka"), 0.99)));
        long webhookP99 = Math.round(ms(percentile(latencies.get("webhook"), 0.99)));
        System.out.printf(Locale.ROOT, "floor kafka p99 < 500 ms: %s, webhook p99 < 1000 ms: %s; refused webhook signatures: %d%n",
                kafkaP99 < 500 ? "met" : "MISSED", webhookP99 < 1000 ? "met" : "MISSED", refused);
        List<String> problems = new ArrayList<>();
        if (approvedAt.size() != approvals) {
            problems.add(approvedAt.size() + " approvals recorded instead of " + approvals);
        }
        for (Arrivals channel : List.of(kafka, webhook)) {
            if (missing.get(channel.channel()) > 0 || channel.distinct() != approvals || channel.otherTypes() > 0) {
                problems.add(channel.channel() + ": " + missing.get(channel.channel()) + " approvals without a notification, "
                        + channel.distinct() + " distinct notifications, " + channel.otherTypes() + " of other types");
            }
        }
        if (refused > 0) {
            problems.add(refused + " webhook deliveries failed signature verification");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("not exactly one notification per approval and channel: " + problems);
        }
        System.out.printf(Locale.ROOT, "notify_kafka_p50_ms=%d notify_kafka_p99_ms=%d notify_webhook_p99_ms=%d%n",
                Math.round(ms(percentile(latencies.get("kafka"), 0.50))), kafkaP99, webhookP99);
    }

    /** Nearest rank. */
    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.max(0, Math.ceil(p * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** --name=value pairs; base, kafka, topic and webhook-port are required. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        for (String required : new String[]{"base", "kafka", "topic", "webhook-port"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + "= is required");
            }
        }
        return options;
    }
}
