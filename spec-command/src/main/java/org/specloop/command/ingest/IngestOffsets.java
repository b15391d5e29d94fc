package org.specloop.command.ingest;

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

    /** Call inside the transaction that stores the state these offsets produced. */
    public void store(Map<StoredOffset, Long> nextOffsets) {
        if (nextOffsets.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        nextOffsets.forEach((k, v) -> rows.add(new Object[] {v, k.groupId(), k.topic(), k.partition()}));
        int[] updated = jdbc.batchUpdate(
                "UPDATE ingest_offset SET next_offset = ? WHERE group_id = ? AND topic = ? AND partition_no = ?", rows);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(rows.get(i));
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ingest_offset (next_offset, group_id, topic, partition_no) VALUES (?, ?, ?, ?)",
                    inserts);
        }
    }
}
