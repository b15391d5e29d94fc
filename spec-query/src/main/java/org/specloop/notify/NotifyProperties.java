package org.specloop.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * specloop.notify.*: how OEM notifications are delivered. Defaults suit the embedded mode; the
 * retry schedule spans about 36 hours so an OEM endpoint can be down over a night or a weekend day.
 */
@ConfigurationProperties("specloop.notify")
public record NotifyProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("http://localhost:8080") String publicBaseUrl,
                               @DefaultValue Delivery delivery,
                               @DefaultValue Webhook webhook,
                               @DefaultValue Kafka kafka) {

    public record Delivery(@DefaultValue("1s") Duration pollInterval,
                           @DefaultValue("2") int threads,
                           @DefaultValue("200") int batchSize,
                           @DefaultValue("2m") Duration lease,
                           @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "14h"}) List<Duration> retrySchedule,
                           @DefaultValue("true") boolean fullJitter,
                           @DefaultValue("24h") Duration maxRetryAfter) {
    }

    /** allowedHosts: hosts (names or IP literals) exempt from the private-address refusal. */
    public record Webhook(@DefaultValue("5s") Duration connectTimeout,
                          @DefaultValue("10s") Duration requestTimeout,
                          @DefaultValue List<String> allowedHosts) {
        public Webhook {
            allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        }
    }

    /** Broker outages are retried every retryDelay without limit: they are never the OEM's fault. */
    public record Kafka(@DefaultValue("") String bootstrapServers,
                        @DefaultValue("5s") Duration retryDelay,
                        @DefaultValue("30s") Duration deliveryTimeout,
                        @DefaultValue("10s") Duration maxBlock) {
        public boolean configured() {
            return bootstrapServers != null && !bootstrapServers.isBlank();
        }
    }

    /** The defaults, for code that runs without Spring's binder (tests, tools). */
    public static NotifyProperties defaults() {
        return new NotifyProperties(true, "http://localhost:8080",
                new Delivery(Duration.ofSeconds(1), 2, 200, Duration.ofMinutes(2),
                        List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                                Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14)),
                        true, Duration.ofHours(24)),
                new Webhook(Duration.ofSeconds(5), Duration.ofSeconds(10), List.of()),
                new Kafka("", Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10)));
    }

    public NotifyProperties withDelivery(Delivery newDelivery) {
        return new NotifyProperties(enabled, publicBaseUrl, newDelivery, webhook, kafka);
    }

    public NotifyProperties withWebhook(Webhook newWebhook) {
        return new NotifyProperties(enabled, publicBaseUrl, delivery, newWebhook, kafka);
    }

    public NotifyProperties withKafka(Kafka newKafka) {
        return new NotifyProperties(enabled, publicBaseUrl, delivery, webhook, newKafka);
    }
}
