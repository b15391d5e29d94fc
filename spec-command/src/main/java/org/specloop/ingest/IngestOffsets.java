package org.specloop.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Next offsets to read, per consumer group and partition, in ingest_offset (V2_50). They are the
 * truth a restarted consumer seeks to: written in the same transaction as the state they belong
 * to, as Kafka's documentation describes for storing offsets outside Kafka. The offsets committed
 * to Kafka as well are only for lag monitoring.
 */
public final class IngestOffsets {

    private final JdbcTemplate jdbc;

    public IngestOffsets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OptionalLong next(StoredOffset key) {
        List<Long> found = jdbc.queryForList(
                "SELECT next_offset FROM ingest_offset WHERE group_id = ? AND topic = ? AND partition_no = ?",
                Long.class, key.groupId(), key.topic(), key.partition());
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    /**
     * Marks partitions as owned by the given generation (their StoredOffset's), on assignment: from
     * then on a write from an older generation is refused. Rows that do not exist yet are fenced by
     * their primary key instead (two first inserts cannot both succeed).
     */
    public void claim(Iterable<StoredOffset> keys) {
        List<Object[]> rows = new ArrayList<>();
        keys.forEach(k -> rows.add(new Object[] {k.generation(), k.groupId(), k.topic(), k.partition(), k.generation()}));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE ingest_offset SET generation = ? WHERE group_id = ? AND topic = ? AND partition_no = ?"
                    + " AND generation < ?", rows);
        }
    }

    /**
     * Call inside the transaction that stores the state these offsets produced.
     *
     * @throws PartitionFencedException when a newer generation owns one of the partitions; the caller's
     *                                  transaction must roll back (it does, the exception being unchecked)
     */
    public void store(Map<StoredOffset, Long> nextOffsets) {
        if (nextOffsets.isEmpty()) {
            return;
        }
        List<StoredOffset> keys = new ArrayList<>(nextOffsets.keySet());
        List<Object[]> rows = new ArrayList<>();
        for (StoredOffset k : keys) {
            rows.add(new Object[] {nextOffsets.get(k), k.generation(), k.groupId(), k.topic(), k.partition(),
                    k.generation(), k.generation()});
        }
        int[] updated = jdbc.batchUpdate("UPDATE ingest_offset SET next_offset = ?, generation = GREATEST(generation, ?)"
                + " WHERE group_id = ? AND topic = ? AND partition_no = ? AND (? = -1 OR generation <= ?)", rows);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                StoredOffset k = keys.get(i);
                if (next(k).isPresent()) {
                    throw new PartitionFencedException(k);
                }
                inserts.add(new Object[] {nextOffsets.get(k), k.generation(), k.groupId(), k.topic(), k.partition()});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ingest_offset (next_offset, generation, group_id, topic, partition_no)"
                    + " VALUES (?, ?, ?, ?, ?)", inserts);
        }
    }
}
