package org.specloop.notify.http;

import java.util.List;

/**
 * Body of POST /api/subscriptions. channel is {"kind": "KAFKA"} (topic optional: the server names it, and
 * any other name is refused) or {"kind": "WEBHOOK", "url": ..., "secrets": ["whsec_...", ...]}.
 */
record SubscriptionRequest(List<String> partNumbers, List<String> specificationIds, List<String> eventTypes,
                           String minimumSeverity, ChannelRequest channel) {

    public record ChannelRequest(String kind, String topic, String url, List<String> secrets) {
    }

    /** Body of PUT /api/subscriptions/{id}/secrets: the new active set, newest first, at most two. */
    public record Secrets(List<String> secrets) {
    }
}
