package org.specloop.bench.notify;

import java.io.IOException;

/** oem.acme, granted one part by the admin, subscribes to its approvals, once per channel. */
final class Subscriptions {
    static final String APPROVED = "org.specloop.spec.revision.approved.v1";

    private Subscriptions() {
    }

    static void grant(SignedInApi admin, String part) throws IOException, InterruptedException {
        admin.post("/api/admin/oem-grants/oem.acme", """
                {"partNumbers": ["%s"], "reason": "notify benchmark"}""".formatted(part));
    }

    static void webhook(SignedInApi oem, String part, String url, String secret) throws IOException, InterruptedException {
        oem.post("/api/subscriptions", """
                {"partNumbers": ["%s"], "eventTypes": ["%s"],
                 "channel": {"kind": "WEBHOOK", "url": "%s", "secrets": ["%s"]}}""".formatted(part, APPROVED, url, secret));
    }

    /** topic: the one the server names for oem.acme; any other is refused, which stops the benchmark. */
    static void kafka(SignedInApi oem, String part, String topic) throws IOException, InterruptedException {
        oem.post("/api/subscriptions", """
                {"partNumbers": ["%s"], "eventTypes": ["%s"],
                 "channel": {"kind": "KAFKA", "topic": "%s"}}""".formatted(part, APPROVED, topic));
    }
}
