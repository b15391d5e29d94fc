package org.specloop.bench.notify;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/** Reads the subscription's topic from the beginning in its own thread and records each record's arrival. */
final class KafkaArrivals implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final Arrivals arrivals;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    KafkaArrivals(String bootstrap, String topic, Arrivals arrivals) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("group.id", "specloop-bench-" + System.nanoTime());
        config.put("auto.offset.reset", "earliest");
        config.put("enable.auto.commit", "false");
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        // hand every record over as soon as the broker has it: latency is what is measured
        config.put("fetch.min.bytes", "1");
        config.put("fetch.max.wait.ms", "10");
        this.consumer = new KafkaConsumer<>(config);
        this.arrivals = arrivals;
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                assignedFlag = assignedFlag || !partitions.isEmpty();
            }
        });
        thread = new Thread(this::poll, "bench-kafka-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (!record.key().equals(subjectOf(record.value()))) {
                        throw new IllegalStateException("record key " + record.key() + " is not the subject of " + record.value());
                    }
                    arrivals.arrived(record.value(), now);
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Waits until the consumer has its partitions, so that nothing sent later is read late by a rebalance. */
    void awaitAssignment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!assigned()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka consumer got no partitions within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private volatile boolean assignedFlag;

    private boolean assigned() {
        if (failure != null) {
            throw failure;
        }
        return assignedFlag;
    }

    void checkHealthy() {
        if (failure != null) {
            throw failure;
        }
    }

    private static String subjectOf(String cloudEvent) {
        var matcher = java.util.regex.Pattern.compile("\"subject\"\\s*:\\s*\"([^\"]+)\"").matcher(cloudEvent);
        return matcher.find() ? matcher.group(1) : null;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
