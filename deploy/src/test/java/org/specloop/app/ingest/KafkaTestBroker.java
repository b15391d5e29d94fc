package org.specloop.app.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;

/**
 * The real broker named by SPECLOOP_KAFKA_BOOTSTRAP_SERVERS. Absent, the tests are skipped on a
 * developer machine and fail under CI=true. Each test gets its own topics, so reruns and parallel
 * classes never read each other's records.
 */
final class KafkaTestBroker {

    final String bootstrap;
    final String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8);
    final String runs = prefix + ".rig.runs";
    final String samples = prefix + ".rig.samples";
    final String lots = prefix + ".lots";
    final String lab = prefix + ".lab";
    final String deadLetter = prefix + ".dead-letter";

    private KafkaTestBroker(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    static KafkaTestBroker require() {
        String bootstrap = System.getenv("SPECLOOP_KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null || bootstrap.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("SPECLOOP_KAFKA_BOOTSTRAP_SERVERS is required under CI=true");
            }
            Assumptions.abort("SPECLOOP_KAFKA_BOOTSTRAP_SERVERS is not set; start a broker with deploy/kafka/start");
        }
        KafkaTestBroker broker = new KafkaTestBroker(bootstrap);
        broker.createTopics();
        return broker;
    }

    /** Same partition count for runs and samples, as the contract asks. */
    private void createTopics() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(runs, 2, (short) 1), new NewTopic(samples, 2, (short) 1),
                    new NewTopic(lots, 1, (short) 1), new NewTopic(lab, 1, (short) 1),
                    new NewTopic(deadLetter, 1, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test topics on " + bootstrap, e);
        }
    }

    String[] properties() {
        return new String[] {
                "specloop.ingest.kafka.enabled=true",
                "specloop.kafka.bootstrap-servers=" + bootstrap,
                "specloop.ingest.kafka.group-id-prefix=" + prefix,
                "specloop.ingest.kafka.topics.rig-runs=" + runs,
                "specloop.ingest.kafka.topics.rig-samples=" + samples,
                "specloop.ingest.kafka.topics.lot-receipts=" + lots,
                "specloop.ingest.kafka.topics.lab-measurements=" + lab,
                "specloop.ingest.kafka.topics.dead-letter=" + deadLetter,
                "specloop.ingest.kafka.flush-interval=200ms",
                "specloop.ingest.rig.unknown-run-grace=2s"};
    }

    void send(String topic, String key, List<String> values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, key, v));
            }
            producer.flush();
        }
    }

    /** Raw bytes, for records no String can hold (invalid UTF-8). */
    void sendBytes(String topic, String key, List<byte[]> values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            for (byte[] v : values) {
                producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), v));
            }
            producer.flush();
        }
    }

    /** Everything on the dead-letter topic so far, waiting until at least {@code expected} arrived. */
    List<ConsumerRecord<String, String>> deadLetters(int expected, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, prefix + "-dlq-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(deadLetter));
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
