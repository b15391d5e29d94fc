package org.specloop.ingest;

/**
 * A newer generation of the consumer group owns the partition: this writer lost it (a rebalance it
 * missed while stalled) and must not store state or offsets for it. The transaction rolls back.
 */
public class PartitionFencedException extends RuntimeException {
    public PartitionFencedException(StoredOffset offset) {
        super("partition " + offset.topic() + "-" + offset.partition() + " of group " + offset.groupId()
                + " belongs to a newer consumer generation than " + offset.generation());
    }
}
