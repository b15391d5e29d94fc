package org.specloop.notify.delivery;

import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.specloop.notify.NotifyProperties;
import org.specloop.notify.SharedKafkaBrokers;
import org.specloop.notify.outbox.StructuredJsonFormat;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.ChannelKind;
import org.specloop.notify.subscription.OemTopics;
import org.specloop.notify.subscription.Subscription;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * CloudEvents Kafka binding (the SDK's, cloudevents-kafka), structured mode: value = the CloudEvent JSON as the
 * outbox keeps it, header content-type = application/cloudevents+json; charset=UTF-8, key = the subject (the
 * partitionkey extension), so one subject stays on one partition and in order. The producer is idempotent with acks=all, and a row counts as
 * delivered only once the broker acknowledged it; anything retriable is an outage, not the OEM's fault.
 */
public class KafkaSender implements ChannelSender, AutoCloseable {
    private final NotifyProperties.Kafka config;
    private final OemTopics topics;
    private Producer<String, byte[]> producer;

    public KafkaSender(NotifyProperties.Kafka config) {
        this.config = config;
        this.topics = new OemTopics(config.oemTopicPrefix());
    }

    /**
     * The notifications' own brokers when specloop.notify.kafka.bootstrap-servers names them, else the
     * site's (SharedKafkaBrokers, null when the application has none).
     */
    public static KafkaSender forBrokers(NotifyProperties.Kafka config, SharedKafkaBrokers site) {
        return new KafkaSender(config.bootstrapServers() == null && site != null
                ? config.withBootstrapServers(site.bootstrapServers()) : config);
    }

    /** The topics the server names per OEM account; the only topics this sender ever writes to. */
    public OemTopics topics() {
        return topics;
    }

    /** Whether a Kafka subscription can be delivered at all: the question a subscription request asks first. */
    public boolean configured() {
        return config.configured();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.KAFKA;
    }

    @Override
    public DeliveryOutcome send(OutboxRow row, Subscription subscription) {
        if (!configured()) {
            return DeliveryOutcome.outage("Kafka is not configured (specloop.notify.kafka.bootstrap-servers)");
        }
        // the account's topic, whatever a subscription made before topics were server-named says
        String topic = topics.topicOf(subscription.oem()).orElse(null);
        if (topic == null) {
            return DeliveryOutcome.retry(null, "account " + subscription.oem() + " cannot name a Kafka topic", null);
        }
        // the SDK's Kafka binding, structured mode: the stored event as the value, its format's content-type header
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(topic, row.subject())
                .setEvent(StructuredJsonFormat.KAFKA, row.body().getBytes(StandardCharsets.UTF_8));
        if (row.traceparent() != null) {
            // W3C trace context for Kafka as consumers' tracers read it, beside the CloudEvent's own extension
            record.headers().add("traceparent", row.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        try {
            producer().send(record).get(config.deliveryTimeout().toMillis() + config.maxBlock().toMillis() + 5_000,
                    TimeUnit.MILLISECONDS);
            return DeliveryOutcome.delivered(null);
        } catch (ExecutionException e) {
            return failure(e.getCause());
        } catch (KafkaException e) {
            return failure(e);
        } catch (TimeoutException e) {
            return DeliveryOutcome.outage("no acknowledgement from the broker in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.outage("interrupted while waiting for the broker");
        }
    }

    private static DeliveryOutcome failure(Throwable cause) {
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return cause instanceof RetriableException ? DeliveryOutcome.outage(error) : DeliveryOutcome.retry(null, error, null);
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            int deliveryTimeout = (int) config.deliveryTimeout().toMillis();
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                    ProducerConfig.CLIENT_ID_CONFIG, "specloop-notify",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 0,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, deliveryTimeout / 2),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.maxBlock().toMillis()),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
