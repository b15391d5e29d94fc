package org.specloop.loop.policy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes sample values and the lot statistics kept with them for many samples at once: one query for
 * the values already stored, batched inserts and updates of the samples, one query for the statistics
 * rows and batched updates and inserts of them. The result equals writing the samples one by one in
 * their order (a re-measured sample replaces its value, the last one wins). Per sample that were about
 * seven statements; the loop read measurements at 1,500-3,000 events/s, below the labs' write rate.
 * A statistics row's sum is added up here, sample by sample onto the stored sum, and written as it is:
 * floating-point addition is not associative, so adding a batch's sum in SQL made the result depend on
 * where the processor's batches began, and a replay (other batches) drew slightly different lot means.
 */
final class SampleWrites {
    private static final int KEYS_PER_QUERY = 500;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    record SampleKey(String lotId, String sampleId, String characteristic, int temperature) {
    }

    record SampleValue(double value, Instant measuredAt) {
    }

    private record StatKey(String lotId, String characteristic, int temperature) {
    }

    /** New samples of a statistics row, and the changes of its sum in the order the samples came. */
    private static final class Deltas {
        private int count;
        private final List<Double> values = new ArrayList<>();
    }

    SampleWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void write(Map<SampleKey, SampleValue> samples) {
        if (samples.isEmpty()) {
            return;
        }
        Map<SampleKey, Double> previous = storedValues(samples.keySet());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Map<StatKey, Deltas> statDeltas = new LinkedHashMap<>();
        samples.forEach((key, sample) -> {
            Double before = previous.get(key);
            Timestamp at = Timestamp.from(sample.measuredAt());
            Deltas delta = statDeltas.computeIfAbsent(new StatKey(key.lotId(), key.characteristic(), key.temperature()),
                    k -> new Deltas());
            if (before == null) {
                inserts.add(new Object[]{key.lotId(), key.sampleId(), key.characteristic(), key.temperature(), sample.value(), at});
                delta.count++;
                delta.values.add(sample.value());
            } else {
                updates.add(new Object[]{sample.value(), at, key.lotId(), key.sampleId(), key.characteristic(), key.temperature()});
                delta.values.add(sample.value() - before);
            }
        });
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO loop_sample (lot_id, sample_id, characteristic, temperature_c, sample_value, measured_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE loop_sample SET sample_value = ?, measured_at = ? WHERE lot_id = ? AND sample_id = ?"
                    + " AND characteristic = ? AND temperature_c = ?", updates);
        }
        writeStatistics(statDeltas);
    }

    // the loop's processing group is sequential (one segment on one node), so nothing else writes the rows meanwhile
    private void writeStatistics(Map<StatKey, Deltas> deltas) {
        Map<StatKey, double[]> stored = storedStatistics(deltas.keySet());
        long changeNo = nextChangeNo();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        deltas.forEach((key, delta) -> {
            double[] before = stored.get(key);
            int count = (before == null ? 0 : (int) before[0]) + delta.count;
            double sum = before == null ? 0.0 : before[1];
            for (double value : delta.values) {
                sum += value;
            }
            if (before != null) {
                updates.add(new Object[]{count, sum, changeNo, key.lotId(), key.characteristic(), key.temperature()});
            } else {
                inserts.add(new Object[]{key.lotId(), key.characteristic(), key.temperature(), count, sum, changeNo});
            }
        });
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE loop_lot_stat SET sample_count = ?, value_sum = ?, change_no = ?"
                    + " WHERE lot_id = ? AND characteristic = ? AND temperature_c = ?", updates);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO loop_lot_stat (lot_id, characteristic, temperature_c, sample_count, value_sum,"
                    + " change_no) VALUES (?, ?, ?, ?, ?, ?)", inserts);
        }
    }

    /**
     * The stamp of this write: above every row's so far, so that a reader who saw the rows up to a stamp finds what
     * changed since by {@code change_no > stamp} (ChartPoints). One writer at a time (the loop's one segment) makes
     * the stamps grow in commit order; an index lookup.
     */
    private long nextChangeNo() {
        Long max = jdbc.queryForObject("SELECT MAX(change_no) FROM loop_lot_stat", Long.class);
        return (max == null ? 0 : max) + 1;
    }

    private Map<SampleKey, Double> storedValues(Set<SampleKey> keys) {
        Map<SampleKey, Double> values = new HashMap<>();
        List<SampleKey> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<SampleKey> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("lots", chunk.stream().map(SampleKey::lotId).distinct().toList())
                    .addValue("samples", chunk.stream().map(SampleKey::sampleId).distinct().toList());
            named.getJdbcOperations().query(FreshPlan.named("SELECT lot_id, sample_id, characteristic, temperature_c,"
                    + " sample_value FROM loop_sample WHERE lot_id IN (:lots) AND sample_id IN (:samples)", params), rs -> {
                SampleKey key = new SampleKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                if (keys.contains(key)) {
                    values.put(key, rs.getDouble(5));
                }
            });
        }
        return values;
    }

    /** Count and sum of the stored statistics rows among the keys. */
    private Map<StatKey, double[]> storedStatistics(Set<StatKey> keys) {
        Map<StatKey, double[]> stored = new HashMap<>();
        List<String> lots = keys.stream().map(StatKey::lotId).distinct().toList();
        for (int from = 0; from < lots.size(); from += KEYS_PER_QUERY) {
            named.getJdbcOperations().query(FreshPlan.named("SELECT lot_id, characteristic, temperature_c, sample_count,"
                            + " value_sum FROM loop_lot_stat WHERE lot_id IN (:lots)",
                    new MapSqlParameterSource("lots", lots.subList(from, Math.min(lots.size(), from + KEYS_PER_QUERY)))), rs -> {
                        StatKey key = new StatKey(rs.getString(1), rs.getString(2), rs.getInt(3));
                        if (keys.contains(key)) {
                            stored.put(key, new double[]{rs.getInt(4), rs.getDouble(5)});
                        }
                    });
        }
        return stored;
    }
}
