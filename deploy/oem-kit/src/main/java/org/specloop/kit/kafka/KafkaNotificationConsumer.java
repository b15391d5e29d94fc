package org.specloop.kit.kafka;

import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.specloop.kit.dedup.SeenIds;
import org.specloop.kit.event.Notification;
import org.specloop.kit.event.NotificationHandler;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OEM's reader of its SpecLoop notification topic ({@code specloop.oem.<account>.notifications}). Kafka
 * records carry no signature: SpecLoop writes the topic and the broker's authentication and ACLs (only
 * SpecLoop may write it, only the OEM read it) are what make a record genuine. For each record it
 * <ol>
 *   <li>reads it with the CloudEvents SDK's Kafka binding and checks that it is a SpecLoop CloudEvent in
 *       structured mode: header {@code content-type: application/cloudevents+json}, the required attributes, and
 *       the record key equal to the subject
 *       (SpecLoop keys by subject, so one object's notifications stay in order on one partition); anything
 *       else is refused, logged and skipped, so one bad record does not stop the partition,</li>
 *   <li>deduplicates on the CloudEvent id, so a redelivery (after a rebalance, a crash before the commit, or a
 *       record written twice) is processed once,</li>
 *   <li>hands it to the handler and commits the offset only after it was handled; a handler failure stops
 *       the batch there, and the record is read again at the next poll.</li>
 * </ol>
 * Run it: {@code java -cp oem-kit.jar org.specloop.kit.kafka.KafkaNotificationConsumer} (docs/notifications.md).
 */
public final class KafkaNotificationConsumer implements AutoCloseable {
    static final String CONTENT_TYPE = Notification.CONTENT_TYPE;

    private final KafkaConsumer<String, byte[]> consumer;
    private final SeenIds seen;
    private final NotificationHandler handler;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /** @param settings consumer settings: bootstrap.servers, group.id, and the site's security settings */
    public KafkaNotificationConsumer(Properties settings, String topic, SeenIds seen, NotificationHandler handler) {
        Properties p = new Properties();
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putAll(settings);
        // offsets are committed by hand, after the handler: an automatic commit could pass a record unhandled
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.seen = seen;
        this.handler = handler;
        consumer.subscribe(List.of(topic));
    }

    public long processed() {
        return processed.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long refused() {
        return refused.get();
    }

    /** One poll: checks, deduplicates and handles what arrived, then commits what was handled. */
    public void pollOnce(Duration timeout) {
        ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
        Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
        Set<TopicPartition> failed = new HashSet<>();
        try {
            for (ConsumerRecord<String, byte[]> record : records) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (failed.contains(partition)) {
                    continue; // behind a record that failed: its partition's order is kept
                }
                if (handle(record)) {
                    handled.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } else {
                    consumer.seek(partition, record.offset()); // read it again at the next poll
                    failed.add(partition);
                }
            }
        } finally {
            if (!handled.isEmpty()) {
                consumer.commitSync(handled);
            }
        }
    }

    /** False when the handler failed and the record must be read again. */
    private boolean handle(ConsumerRecord<String, byte[]> record) {
        Notification notification;
        try {
            notification = check(record);
        } catch (Notification.NotANotification e) {
            refused.incrementAndGet();
            System.err.println("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " refused: " + e.getMessage());
            return true; // skipped, not retried: it will never become valid
        }
        if (seen.claim(notification.id()) != SeenIds.Claim.NEW) {
            duplicates.incrementAndGet();
            return true;
        }
        try {
            handler.handle(notification);
        } catch (Exception e) {
            seen.release(notification.id());
            System.err.println("notification " + notification.id() + " not processed, read again: " + e);
            return false;
        }
        seen.done(notification.id());
        processed.incrementAndGet();
        return true;
    }

    static Notification check(ConsumerRecord<String, byte[]> record) throws Notification.NotANotification {
        if (record.value() == null) {
            throw new Notification.NotANotification("no value");
        }
        MessageReader message;
        try {
            // the SDK's Kafka binding: structured mode when the content-type header names an event format it has
            message = KafkaMessageFactory.createReader(record);
        } catch (CloudEventRWException e) {
            throw new Notification.NotANotification("content-type is not " + CONTENT_TYPE);
        }
        Notification notification = Notification.read(message, record.value());
        if (record.key() == null || !record.key().equals(notification.subject())) {
            throw new Notification.NotANotification("the record key " + record.key() + " is not the subject "
                    + notification.subject());
        }
        return notification;
    }

    /** Polls until {@link #wakeup} is called from another thread (a shutdown hook). */
    public void run() {
        try {
            while (true) {
                pollOnce(Duration.ofSeconds(1));
            }
        } catch (WakeupException stopping) {
            // the shutdown hook asked to stop
        }
    }

    /** The offset of the next record the consumer will read from that partition (for monitoring and tests). */
    public long position(String topic, int partition) {
        return consumer.position(new TopicPartition(topic, partition));
    }

    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }

    /**
     * SPECLOOP_KAFKA_BOOTSTRAP_SERVERS: the brokers; KIT_TOPIC: the account's topic, e.g.
     * specloop.oem.oem.acme.notifications; KIT_GROUP_ID (oem-kit); KIT_KAFKA_PROPERTIES: an optional file of
     * further consumer settings (TLS, SASL). Prints each new notification as one JSON line on stdout.
     */
    public static void main(String[] args) throws IOException {
        String brokers = System.getenv("SPECLOOP_KAFKA_BOOTSTRAP_SERVERS");
        String topic = System.getenv("KIT_TOPIC");
        if (brokers == null || brokers.isBlank() || topic == null || topic.isBlank()) {
            System.err.println("set SPECLOOP_KAFKA_BOOTSTRAP_SERVERS and KIT_TOPIC (specloop.oem.<account>.notifications)");
            System.exit(2);
        }
        Properties settings = new Properties();
        String file = System.getenv("KIT_KAFKA_PROPERTIES");
        if (file != null && !file.isBlank()) {
            try (InputStream in = new FileInputStream(file)) {
                settings.load(in);
            }
        }
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        settings.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, System.getenv().getOrDefault("KIT_GROUP_ID", "oem-kit"));
        KafkaNotificationConsumer consumer = new KafkaNotificationConsumer(settings, topic, new SeenIds(100_000),
                notification -> System.out.println(notification.json()));
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            consumer.wakeup();
            try {
                main.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        System.err.println("reading " + topic + " from " + brokers);
        try (consumer) {
            consumer.run();
        }
    }
}
