package org.specloop.ingest.transport.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.ingest.translate.CommandIngest;
import org.specloop.ingest.DeadLetter;
import org.specloop.ingest.IngestMetrics;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.Source;

/**
 * Lot receipts or lab measurements: one command per record, sent and stored before the offset is
 * committed to Kafka. The commands are idempotent (a lot id is received once, a measurement id
 * recorded once), so a crash between the command and the commit re-sends without effect. A record
 * that fails for a transient reason stops its partition at that record and is retried.
 */
final class CommandTopicConsumer implements ConsumerSupervisor.Loop {

    private static final Logger log = LoggerFactory.getLogger(CommandTopicConsumer.class);

    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final Function<byte[], Object> mapping;
    private final CommandIngest ingest;
    private final DeadLetterPublisher deadLetters;
    private final IngestMetrics metrics;
    private final int maxRecordBytes;
    private final IngestPause pause;
    private volatile boolean running = true;

    CommandTopicConsumer(Consumer<byte[], byte[]> consumer, ConsumerCommons commons, String topic,
                         Function<byte[], Object> mapping, CommandIngest ingest) {
        this.consumer = consumer;
        this.topic = topic;
        this.mapping = mapping;
        this.ingest = ingest;
        this.deadLetters = commons.deadLetters();
        this.metrics = commons.metrics();
        this.maxRecordBytes = commons.maxRecordBytes();
        this.pause = commons.pause();
    }

    @Override
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic), new PauseNewPartitions());
            while (running) {
                pause.apply(Thread.currentThread().getName(), consumer);
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                for (TopicPartition tp : records.partitions()) {
                    handle(tp, records.records(tp));
                }
                if (!records.isEmpty()) {
                    commit();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            pause.stopped(Thread.currentThread().getName());
            consumer.close();
        }
    }

    private void handle(TopicPartition tp, List<ConsumerRecord<byte[], byte[]>> records) {
        for (ConsumerRecord<byte[], byte[]> r : records) {
            Source source = new Source(r.topic(), r.partition(), r.offset(), r.key(), r.value());
            try {
                RecordSize.check(r.value(), maxRecordBytes);
                CommandIngest.Outcome outcome = ingest.send(r.value(), mapping, "ingest:" + topic);
                metrics.count(topic, outcome == CommandIngest.Outcome.ACCEPTED ? "accepted" : "duplicate", 1);
            } catch (Refusal e) {
                deadLetters.publish(new DeadLetter(source, e.reason()));
                metrics.count(topic, "dead-lettered", 1);
            } catch (RuntimeException e) {
                log.error("{} offset {} failed; retrying it in 1 s", tp, r.offset(), e);
                consumer.seek(tp, r.offset());
                waitBeforeRetry();
                return;
            }
        }
    }

    /**
     * A commit that fails (the broker restarting, a rebalance) leaves the records to be read again by
     * whoever owns the partition next; their commands are idempotent, so that costs only time.
     */
    private void commit() {
        try {
            consumer.commitSync();
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            log.warn("{}: offset commit failed ({}); the records since the last commit may be read again", topic, e.toString());
        }
    }

    private void waitBeforeRetry() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private final class PauseNewPartitions implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // offsets are committed after every handled poll; nothing is pending here
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            pause.assigned(consumer, partitions);
        }
    }
}
