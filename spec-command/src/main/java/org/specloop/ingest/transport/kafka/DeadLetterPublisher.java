package org.specloop.ingest.transport.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.specloop.ingest.DeadLetter;
import org.specloop.contracts.ingest.IngestTopics;

/**
 * Parks refused records on the dead-letter topic: key and value bytes unchanged, the reason and
 * the origin in headers (IngestTopics.HEADER_DLQ_*). Each send waits for the broker's ack, because
 * the consumer may store its offset past the record only once the record is safe here.
 */
final class DeadLetterPublisher {

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Clock clock;

    DeadLetterPublisher(Producer<byte[], byte[]> producer, String topic, Clock clock) {
        this.producer = producer;
        this.topic = topic;
        this.clock = clock;
    }

    public void publish(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(IngestTopics.HEADER_DLQ_REASON, utf8(letter.reason()));
        headers.add(IngestTopics.HEADER_DLQ_SOURCE_TOPIC, utf8(letter.source().topic()));
        headers.add(IngestTopics.HEADER_DLQ_SOURCE_PARTITION, utf8(Integer.toString(letter.source().partition())));
        headers.add(IngestTopics.HEADER_DLQ_SOURCE_OFFSET, utf8(Long.toString(letter.source().offset())));
        headers.add(IngestTopics.HEADER_DLQ_FAILED_AT, utf8(clock.instant().toString()));
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, letter.source().key(),
                letter.source().value(), headers);
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("dead-letter topic " + topic + " did not take the record", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
