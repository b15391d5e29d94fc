package org.specloop.bench.notify;

import java.io.IOException;

/** oem.acme subscribes to the approvals of one part, once per channel. */
final class Subscriptions {
    static final String APPROVED = "org.specloop.spec.revision.approved.v1";

    private Subscriptions() {
    }

    static void webhook(SignedInApi oem, String part, String url, String secret) throws IOException, InterruptedException {
        oem.post("/api/subscriptions", """
                {"partNumbers": ["%s"], "eventTypes": ["%s"],
                 "channel": {"kind": "WEBHOOK", "url": "%s", "secrets": ["%s"]}}""".formatted(part, APPROVED, url, secret));
    }

    static void kafka(SignedInApi oem, String part, String topic) throws IOException, InterruptedException {
        oem.post("/api/subscriptions", """
                {"partNumbers": ["%s"], "eventTypes": ["%s"],
                 "channel": {"kind": "KAFKA", "topic": "%s"}}""".formatted(part, APPROVED, topic));
    }
}
