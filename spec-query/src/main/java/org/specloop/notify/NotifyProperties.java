package org.specloop.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * specloop.notify.*: how OEM notifications are delivered (docs/notifications.md). Defaults suit the embedded
 * mode; the retry schedule spans about 36 hours so an OEM endpoint can be down over a night or a weekend day.
 *
 * @param enabled       run the delivery worker on this node (the outbox projection always runs); off, e.g., on
 *                      nodes that only serve queries
 * @param publicBaseUrl prefix of the evidence links and dataschema URLs in notifications; application.yml makes
 *                      it follow server.port unless SPECLOOP_PUBLIC_BASE_URL is set
 * @param delivery      the delivery worker
 * @param webhook       webhook subscriptions
 * @param kafka         Kafka subscriptions
 */
@ConfigurationProperties(NotifyProperties.PREFIX)
public record NotifyProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("http://localhost:8080") String publicBaseUrl,
                               @DefaultValue Delivery delivery,
                               @DefaultValue Webhook webhook,
                               @DefaultValue Kafka kafka) {
    public static final String PREFIX = "specloop.notify";

    /**
     * @param pollInterval  longest wait between delivery rounds: rows queued on this node wake the worker at once
     *                      after their commit; the poll finds rows queued by other nodes and retries that come due
     * @param threads       streams (subscription, subject) sent in parallel
     * @param batchSize     stream heads taken per round
     * @param lease         how long a node holds a row it is sending (several nodes share the outbox); a node that
     *                      dies mid-send holds its row, and the rows behind it, this long, unless it is restarted
     *                      under the same specloop.node-id: it then gives them back at once
     * @param retrySchedule webhook retry steps; attempts = steps + 1
     * @param fullJitter    wait a random time up to each step rather than the step itself
     * @param maxRetryAfter cap on a receiver's Retry-After
     */
    public record Delivery(@DefaultValue("1s") Duration pollInterval,
                           @DefaultValue("2") int threads,
                           @DefaultValue("200") int batchSize,
                           @DefaultValue("2m") Duration lease,
                           @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "14h"}) List<Duration> retrySchedule,
                           @DefaultValue("true") boolean fullJitter,
                           @DefaultValue("24h") Duration maxRetryAfter) {
    }

    /**
     * @param connectTimeout HTTP connect timeout of a webhook delivery
     * @param requestTimeout the longest one webhook attempt may take, from connecting to the last byte read
     *                       of the answer, however slowly the receiver sends it
     * @param allowedHosts   hosts (names or IP literals) exempt from the private-address refusal
     */
    public record Webhook(@DefaultValue("5s") Duration connectTimeout,
                          @DefaultValue("10s") Duration requestTimeout,
                          @DefaultValue List<String> allowedHosts) {
        public Webhook {
            allowedHosts = List.copyOf(allowedHosts);
        }
    }

    /**
     * Broker outages are retried every retryDelay without limit: they are never the OEM's fault.
     *
     * @param bootstrapServers the brokers Kafka subscriptions are delivered to; unset, those of
     *                         specloop.kafka.bootstrap-servers (SharedKafkaBrokers); empty, no Kafka channel
     * @param retryDelay       retry interval while the broker is unreachable
     * @param deliveryTimeout  the producer's delivery.timeout.ms
     * @param maxBlock         the producer's max.block.ms
     * @param oemTopicPrefix   an OEM account's notifications go to the topic prefix + account + ".notifications";
     *                         the server names it, a subscription cannot (docs/notifications.md). Choose a prefix
     *                         that none of the site's own topics starts with
     */
    public record Kafka(String bootstrapServers,
                        @DefaultValue("5s") Duration retryDelay,
                        @DefaultValue("30s") Duration deliveryTimeout,
                        @DefaultValue("10s") Duration maxBlock,
                        @DefaultValue("specloop.oem.") String oemTopicPrefix) {
        public boolean configured() {
            return bootstrapServers != null && !bootstrapServers.isBlank();
        }

        public Kafka withBootstrapServers(String brokers) {
            return new Kafka(brokers, retryDelay, deliveryTimeout, maxBlock, oemTopicPrefix);
        }
    }

    /** The defaults, for code that runs without Spring's application context (tests, tools). */
    public static NotifyProperties defaults() {
        return new Binder().bindOrCreate(PREFIX, NotifyProperties.class);
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
