package org.specloop.ingest.rig;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.specloop.ingest.IngestOffsets;
import org.specloop.ingest.StoredOffset;
import org.specloop.infrastructure.json.StoredJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Run state as one JSON document per run in ingest_rig_run (V2_50). A run's state is small
 * (a few hundred numbers per open point), so rewriting it whole on each flush is cheaper than the
 * bookkeeping of a row per point. Aggregator sums keep NaN and infinities as JSON strings.
 */
public final class JdbcRigStateStore implements RigStateStore {

    /**
     * Schubfach for writing doubles (and the fast parser for reading them back), both exact: every flush
     * writes each open point's sums, and the JDK 17 Double.toString they otherwise go through falls into
     * big-integer arithmetic for many such values, which the JIT kept recompiling in the ingest benchmark.
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final IngestOffsets offsets;

    public JdbcRigStateStore(JdbcTemplate jdbc, TransactionTemplate transaction, IngestOffsets offsets) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.offsets = offsets;
    }

    @Override
    public Optional<RunState.Stored> load(String runId) {
        List<String> states = jdbc.queryForList("SELECT state FROM ingest_rig_run WHERE run_id = ?", String.class, runId);
        return states.stream().findFirst().map(JdbcRigStateStore::read);
    }

    @Override
    public void save(Collection<RunState.Stored> runs, Map<StoredOffset, Long> nextOffsets) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> updates = new ArrayList<>();
        for (RunState.Stored run : runs) {
            updates.add(new Object[] {write(run), run.completed(), now, run.start().runId()});
        }
        transaction.executeWithoutResult(status -> {
            int[] updated = jdbc.batchUpdate(
                    "UPDATE ingest_rig_run SET state = ?, completed = ?, updated_at = ? WHERE run_id = ?", updates);
            List<Object[]> inserts = new ArrayList<>();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    inserts.add(updates.get(i));
                }
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO ingest_rig_run (state, completed, updated_at, run_id) VALUES (?, ?, ?, ?)",
                        inserts);
            }
            offsets.store(nextOffsets);
        });
    }

    static String write(RunState.Stored run) {
        return StoredJson.write(JSON, run, "the state of run " + run.start().runId());
    }

    static RunState.Stored read(String json) {
        return StoredJson.read(JSON, json, RunState.Stored.class, "a stored run state");
    }
}
