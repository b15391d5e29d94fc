package org.specloop.ingest.transport.kafka;

import org.apache.kafka.common.serialization.Deserializer;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.parse.SampleParser;

/**
 * Reads rig samples inside Kafka's poll, as the client decodes each record, while its bytes are still in
 * the CPU's cache. Read in a second pass over a poll (5,000 records, some 1.5 MB of values), every
 * sample's first bytes came from memory again: in the ingest benchmark's profile the scanner's first
 * comparisons were the most expensive lines of the consumer thread (docs/benchmarks.md).
 *
 * <p>It never throws: Kafka stops a partition at a record its deserializer fails on, so a refusal, and any
 * other failure to read a sample, travels with the record and is dead-lettered by the consumer. One per
 * consumer: the parser's id table is not shared between threads for nothing.
 */
final class RigRecordDeserializer implements Deserializer<RigRecord> {

    private final String samplesTopic;
    private final int maxRecordBytes;
    private final SampleParser samples = new SampleParser();

    RigRecordDeserializer(String samplesTopic, int maxRecordBytes) {
        this.samplesTopic = samplesTopic;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public RigRecord deserialize(String topic, byte[] value) {
        if (!samplesTopic.equals(topic)) {
            return new RigRecord(value, null, null);
        }
        try {
            RecordSize.check(value, maxRecordBytes);
            return new RigRecord(value, samples.parse(value), null);
        } catch (Refusal e) {
            return new RigRecord(value, null, e);
        } catch (RuntimeException e) {
            return new RigRecord(value, null, new Refusal("unreadable sample: " + e));
        }
    }
}
