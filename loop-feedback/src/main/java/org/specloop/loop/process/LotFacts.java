package org.specloop.loop.process;

import org.specloop.contracts.units.Characteristic;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lots with their magnet maker, and the sample values per characteristic and temperature. */
@Component
public class LotFacts {
    private final JdbcTemplate jdbc;

    public LotFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One point of a control chart: a lot, its samples at the temperature, and their mean. */
    public record LotPoint(String lotId, long seq, Instant receivedAt, double[] samples) {
        public double mean() {
            double sum = 0;
            for (double v : samples) {
                sum += v;
            }
            return sum / samples.length;
        }
    }

    public void received(String lotId, String partNumber, String sourceId, Instant receivedAt) {
        if (sourceOf(lotId).isPresent()) {
            return;
        }
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM loop_lot", Long.class);
        jdbc.update("INSERT INTO loop_lot (lot_id, part_number, source_id, received_at, seq) VALUES (?, ?, ?, ?, ?)",
                lotId, partNumber, sourceId, Timestamp.from(receivedAt), last == null ? 1 : last + 1);
    }

    public void sample(String lotId, String sampleId, Characteristic characteristic, double temperatureC, double value,
                       Instant measuredAt) {
        int temperature = (int) Math.round(temperatureC);
        jdbc.update("DELETE FROM loop_sample WHERE lot_id = ? AND sample_id = ? AND characteristic = ? AND temperature_c = ?",
                lotId, sampleId, characteristic.name(), temperature);
        jdbc.update("INSERT INTO loop_sample (lot_id, sample_id, characteristic, temperature_c, sample_value, measured_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", lotId, sampleId, characteristic.name(), temperature, value, Timestamp.from(measuredAt));
    }

    public Optional<String> partOf(String lotId) {
        return jdbc.queryForList("SELECT part_number FROM loop_lot WHERE lot_id = ?", String.class, lotId).stream().findFirst();
    }

    public List<String> partsOf(String sourceId) {
        return jdbc.queryForList("SELECT DISTINCT part_number FROM loop_lot WHERE source_id = ? ORDER BY part_number",
                String.class, sourceId);
    }

    public Optional<String> sourceOf(String lotId) {
        return jdbc.queryForList("SELECT source_id FROM loop_lot WHERE lot_id = ?", String.class, lotId).stream().findFirst();
    }

    /**
     * Lots of the source and part in receipt order that have at least minSamples values at the
     * temperature; one grade per chart, since a maker's grades differ by design, not by drift.
     */
    public List<LotPoint> series(String sourceId, String partNumber, Characteristic characteristic, double temperatureC,
                                 int minSamples) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, Object[]> lots = new LinkedHashMap<>();
        jdbc.query("SELECT l.lot_id, l.seq, l.received_at, s.sample_value FROM loop_lot l"
                        + " JOIN loop_sample s ON s.lot_id = l.lot_id"
                        + " WHERE l.source_id = ? AND l.part_number = ? AND s.characteristic = ? AND s.temperature_c = ?"
                        + " ORDER BY l.received_at, l.seq, s.sample_id",
                rs -> {
                    String lot = rs.getString(1);
                    lots.putIfAbsent(lot, new Object[]{rs.getLong(2), rs.getTimestamp(3).toInstant()});
                    values.computeIfAbsent(lot, k -> new ArrayList<>()).add(rs.getDouble(4));
                }, sourceId, partNumber, characteristic.name(), (int) Math.round(temperatureC));
        List<LotPoint> points = new ArrayList<>();
        values.forEach((lot, v) -> {
            if (v.size() >= minSamples) {
                Object[] meta = lots.get(lot);
                points.add(new LotPoint(lot, (Long) meta[0], (Instant) meta[1], v.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        });
        return points;
    }

    /** Mean value per lot at the temperature, for the lots that have one. */
    public Map<String, Double> lotMeans(List<String> lotIds, Characteristic characteristic, double temperatureC) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (String lot : lotIds) {
            Double mean = jdbc.queryForObject("SELECT AVG(sample_value) FROM loop_sample WHERE lot_id = ? AND characteristic = ?"
                    + " AND temperature_c = ?", Double.class, lot, characteristic.name(), (int) Math.round(temperatureC));
            if (mean != null) {
                means.put(lot, mean);
            }
        }
        return means;
    }

    /** Lots of the source received at or after the given instant, in receipt order. */
    public List<String> lotsFrom(String sourceId, Instant receivedAt) {
        return jdbc.queryForList("SELECT lot_id FROM loop_lot WHERE source_id = ? AND received_at >= ? ORDER BY received_at, seq",
                String.class, sourceId, Timestamp.from(receivedAt));
    }

    public List<String> lotsOf(String sourceId) {
        return jdbc.queryForList("SELECT lot_id FROM loop_lot WHERE source_id = ? ORDER BY received_at, seq", String.class, sourceId);
    }

    public List<String> sources() {
        return jdbc.queryForList("SELECT DISTINCT source_id FROM loop_lot ORDER BY source_id", String.class);
    }
}
