package org.specloop.notify.subscription;

import java.util.List;

/** Where a subscription's notifications go: a Kafka topic, or a webhook URL signed with up to two secrets. */
public record Channel(ChannelKind kind, String topic, String url, List<String> secrets) {

    public Channel {
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    public static Channel kafka(String topic) {
        return new Channel(ChannelKind.KAFKA, topic, null, List.of());
    }

    public static Channel webhook(String url, List<String> secrets) {
        return new Channel(ChannelKind.WEBHOOK, null, url, secrets);
    }

    public Channel withSecrets(List<String> newSecrets) {
        return new Channel(kind, topic, url, newSecrets);
    }
}
