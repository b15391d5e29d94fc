package org.specloop.ingest;

/**
 * Key of a consumed position kept in the database next to the state it produced.
 *
 * @param generation the consumer group generation in which the writer owns the partition, or
 *                   {@link #UNFENCED}; a write from an older generation than the stored one is refused
 *                   (see IngestOffsets), so a consumer that lost its partition without noticing cannot
 *                   overwrite the state of the node that owns it now
 */
public record StoredOffset(String groupId, String topic, int partition, int generation) {
    public static final int UNFENCED = -1;

    public StoredOffset(String groupId, String topic, int partition) {
        this(groupId, topic, partition, UNFENCED);
    }
}
