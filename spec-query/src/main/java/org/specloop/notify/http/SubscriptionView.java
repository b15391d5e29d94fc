package org.specloop.notify.http;

import org.specloop.notify.subscription.Subscription;

import java.time.Instant;
import java.util.List;

/** A subscription as its OEM sees it; secrets are never echoed, only how many are active. */
record SubscriptionView(String id, String oem, List<String> partNumbers, List<String> specificationIds,
                        List<String> eventTypes, String minimumSeverity, ChannelView channel,
                        boolean endpointEnabled, String disabledReason, Instant createdAt) {

    public record ChannelView(String kind, String topic, String url, Integer activeSecrets) {
    }

    static SubscriptionView of(Subscription s) {
        var channel = s.channel();
        return new SubscriptionView(s.id(), s.oem(), sorted(s.filter().partNumbers()), sorted(s.filter().specificationIds()),
                sorted(s.filter().eventTypes()), s.filter().minimumSeverity().name(),
                new ChannelView(channel.kind().name(), channel.topic(), channel.url(),
                        channel.secrets().isEmpty() ? null : channel.secrets().size()),
                s.endpointEnabled(), s.disabledReason(), s.createdAt());
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }
}
