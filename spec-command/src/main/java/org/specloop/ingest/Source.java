package org.specloop.ingest;

/**
 * Where an ingested record came from: a Kafka record (topic, partition, offset) or an HTTP batch
 * line (partition -1, offset = line number). Key and value are the original bytes, kept so that a
 * refused record can be dead-lettered unchanged.
 */
public record Source(String topic, int partition, long offset, byte[] key, byte[] value) {

    public static Source http(String topic, int line, byte[] value) {
        return new Source(topic, -1, line, null, value);
    }

    public boolean fromKafka() {
        return partition >= 0;
    }
}
