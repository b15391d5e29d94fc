package org.specloop.loop.policy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        Map<StatKey, double[]> statDeltas = new LinkedHashMap<>();
        samples.forEach((key, sample) -> {
            Double before = previous.get(key);
            Timestamp at = Timestamp.from(sample.measuredAt());
            double[] delta = statDeltas.computeIfAbsent(new StatKey(key.lotId(), key.characteristic(), key.temperature()),
                    k -> new double[2]);
            if (before == null) {
                inserts.add(new Object[]{key.lotId(), key.sampleId(), key.characteristic(), key.temperature(), sample.value(), at});
                delta[0] += 1;
                delta[1] += sample.value();
            } else {
                updates.add(new Object[]{sample.value(), at, key.lotId(), key.sampleId(), key.characteristic(), key.temperature()});
                delta[1] += sample.value() - before;
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
    private void writeStatistics(Map<StatKey, double[]> deltas) {
        Set<StatKey> stored = storedStatistics(deltas.keySet());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        deltas.forEach((key, delta) -> {
            if (stored.contains(key)) {
                updates.add(new Object[]{(int) delta[0], delta[1], key.lotId(), key.characteristic(), key.temperature()});
            } else {
                inserts.add(new Object[]{key.lotId(), key.characteristic(), key.temperature(), (int) delta[0], delta[1]});
            }
        });
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE loop_lot_stat SET sample_count = sample_count + ?, value_sum = value_sum + ?"
                    + " WHERE lot_id = ? AND characteristic = ? AND temperature_c = ?", updates);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO loop_lot_stat (lot_id, characteristic, temperature_c, sample_count, value_sum)"
                    + " VALUES (?, ?, ?, ?, ?)", inserts);
        }
    }

    private Map<SampleKey, Double> storedValues(Set<SampleKey> keys) {
        Map<SampleKey, Double> values = new HashMap<>();
        List<SampleKey> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<SampleKey> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("lots", chunk.stream().map(SampleKey::lotId).distinct().toList())
                    .addValue("samples", chunk.stream().map(SampleKey::sampleId).distinct().toList());
            named.query("SELECT lot_id, sample_id, characteristic, temperature_c, sample_value FROM loop_sample"
                    + " WHERE lot_id IN (:lots) AND sample_id IN (:samples)", params, rs -> {
                SampleKey key = new SampleKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                if (keys.contains(key)) {
                    values.put(key, rs.getDouble(5));
                }
            });
        }
        return values;
    }

    private Set<StatKey> storedStatistics(Set<StatKey> keys) {
        Set<StatKey> stored = new HashSet<>();
        List<String> lots = keys.stream().map(StatKey::lotId).distinct().toList();
        for (int from = 0; from < lots.size(); from += KEYS_PER_QUERY) {
            named.query("SELECT lot_id, characteristic, temperature_c FROM loop_lot_stat WHERE lot_id IN (:lots)",
                    new MapSqlParameterSource("lots", lots.subList(from, Math.min(lots.size(), from + KEYS_PER_QUERY))), rs -> {
                        StatKey key = new StatKey(rs.getString(1), rs.getString(2), rs.getInt(3));
                        if (keys.contains(key)) {
                            stored.add(key);
                        }
                    });
        }
        return stored;
    }
}
