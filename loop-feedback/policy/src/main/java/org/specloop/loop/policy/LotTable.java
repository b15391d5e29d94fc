package org.specloop.loop.policy;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.specloop.contracts.units.Characteristic;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lots with their magnet maker, and the sample values per characteristic and temperature. */
@Component
public class LotTable {
    private static final String PENDING_SAMPLES = LotTable.class.getName() + "/samples";
    private static final String FOUND_LOTS = LotTable.class.getName() + "/lots";
    private static final int IDS_PER_QUERY = 1000;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SampleWrites writes;
    private final FactVersions versions;

    LotTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.writes = new SampleWrites(jdbc);
        this.versions = new FactVersions(jdbc);
    }

    /** One point of a control chart: a lot, how many samples it has at the chart's temperature, and their mean. */
    public record LotPoint(String lotId, long seq, Instant receivedAt, int count, double mean) {
    }

    /** A lot's point with its sample values, for the charts and indices that need the spread within a lot. */
    public record LotSamples(LotPoint point, double[] values) {
    }

    /** The magnet maker (or supplier) a lot is charted under, and its part. */
    record Lot(String sourceId, String partNumber) {
    }

    /** A lot received outside a streaming processor (no store position): after every lot so far. */
    void received(String lotId, String partNumber, String sourceId, Instant receivedAt) {
        received(lotId, partNumber, sourceId, receivedAt, null);
    }

    /**
     * A lot's seq is its receipt's store position (StorePositions), so that a receipt handled late (parked, then
     * retried) takes the place on its source's chart, and before or after a change's decision, that its receipt
     * has in the store. Without a position (a handler called directly) it comes after every lot so far. Rows
     * written before seq was a position hold a count of lots, which is at most the position of the lot's receipt
     * (every lot has a receipt event before it), so old and new seqs keep their order.
     */
    void received(String lotId, String partNumber, String sourceId, Instant receivedAt, Long position) {
        if (lot(lotId).isPresent()) {
            return;
        }
        long seq = position != null ? position : latestSeq() + 1;
        jdbc.update("INSERT INTO loop_lot (lot_id, part_number, source_id, received_at, seq) VALUES (?, ?, ?, ?, ?)",
                lotId, partNumber, sourceId, Timestamp.from(receivedAt), seq);
        versions.lotChanged(lotId);
    }

    /** The seq of the latest lot so far (0 when none). */
    long latestSeq() {
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM loop_lot", Long.class);
        return last == null ? 0 : last;
    }

    /**
     * Records a sample value (a re-measurement replaces it) and keeps the lot's count and sum per
     * characteristic and temperature with it, so that a chart reads one row per lot instead of every sample
     * of the source: redrawn after each measurement, the chart otherwise costs more with every lot received.
     * Inside a processor batch the values are written together by {@link #flush()}, which DeferredChecks
     * calls before anything reads them; outside one at once.
     */
    void sample(String lotId, String sampleId, Characteristic characteristic, double temperatureC, double value,
                       Instant measuredAt) {
        SampleWrites.SampleKey key = new SampleWrites.SampleKey(lotId, sampleId, characteristic.name(), (int) Math.round(temperatureC));
        SampleWrites.SampleValue sample = new SampleWrites.SampleValue(value, measuredAt);
        versions.lotChanged(lotId);
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)) {
            writes.write(Map.of(key, sample));
            return;
        }
        Map<SampleWrites.SampleKey, SampleWrites.SampleValue> pending = batch.getOrComputeResource(PENDING_SAMPLES, k -> {
            Map<SampleWrites.SampleKey, SampleWrites.SampleValue> samples = new LinkedHashMap<>();
            // nothing may stay behind, even if no check asked for the values before the commit
            batch.onPrepareCommit(u -> flush(samples));
            return samples;
        });
        pending.put(key, sample);
    }

    /** Writes the sample values this batch holds back so far. */
    void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Map<SampleWrites.SampleKey, SampleWrites.SampleValue> pending = CurrentUnitOfWork.get().root().getResource(PENDING_SAMPLES);
            if (pending != null) {
                flush(pending);
            }
        }
    }

    private void flush(Map<SampleWrites.SampleKey, SampleWrites.SampleValue> pending) {
        writes.write(pending);
        pending.clear();
    }

    /** Before a replay of loop-feedback: the lots, their samples and statistics, filled again from the events. */
    void clear() {
        for (String table : new String[]{"loop_lot_stat", "loop_sample", "loop_lot"}) {
            jdbc.update("DELETE FROM " + table);
        }
        versions.allChanged();
    }

    /**
     * The lot's source and part. A lab's batch of measurements names one lot many times, and each asked the
     * database (the loop's slowest reads in the plant benchmark): within a processor batch a lot found is
     * remembered. Only found lots are: a lot's row never changes once written, while one not found yet may be
     * received later in the batch.
     */
    Optional<Lot> lot(String lotId) {
        Map<String, Lot> found = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(FOUND_LOTS, k -> new HashMap<>()) : new HashMap<>();
        Lot known = found.get(lotId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Lot> stored = jdbc.query("SELECT source_id, part_number FROM loop_lot WHERE lot_id = ?",
                (rs, i) -> new Lot(rs.getString(1), rs.getString(2)), lotId).stream().findFirst();
        stored.ifPresent(lot -> found.put(lotId, lot));
        return stored;
    }

    public List<String> partsOf(String sourceId) {
        return jdbc.queryForList("SELECT DISTINCT part_number FROM loop_lot WHERE source_id = ? ORDER BY part_number",
                String.class, sourceId);
    }

    public List<String> sourcesOf(String partNumber) {
        return jdbc.queryForList("SELECT DISTINCT source_id FROM loop_lot WHERE part_number = ? ORDER BY source_id",
                String.class, partNumber);
    }

    /**
     * Lots of the source and part in receipt order that have at least minSamples values at the
     * temperature, with count and mean; one grade per chart, since a maker's grades differ by design, not by drift.
     */
    List<LotPoint> means(String sourceId, String partNumber, Characteristic characteristic, double temperatureC,
                                int minSamples) {
        return jdbc.query(FreshPlan.of("SELECT l.lot_id, l.seq, l.received_at, s.sample_count, s.value_sum FROM loop_lot l"
                        + " JOIN loop_lot_stat s ON s.lot_id = l.lot_id"
                        + " WHERE l.source_id = ? AND l.part_number = ? AND s.characteristic = ? AND s.temperature_c = ?"
                        + " AND s.sample_count >= ? ORDER BY l.received_at, l.seq",
                        sourceId, partNumber, characteristic.name(), (int) Math.round(temperatureC), Math.max(1, minSamples)),
                (rs, i) -> new LotPoint(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
                        rs.getDouble(5) / rs.getInt(4)));
    }

    /** A statistics row of a chart: the lot's count and sum at the chart's temperature, and the stamp of its last write. */
    record StatRow(String lotId, int count, double sum, long changeNo) {
    }

    /** Where a lot stands on its charts: its source and part, and its place in receipt order. */
    record LotPlace(String lotId, String sourceId, String partNumber, Instant receivedAt, long seq) {
        LotPoint point(StatRow row) {
            return new LotPoint(lotId, seq, receivedAt, row.count(), row.sum() / row.count());
        }
    }

    /** The statistics rows of the characteristic and temperature written after the stamp, any lot's (SampleWrites). */
    List<StatRow> statsChangedSince(Characteristic characteristic, int temperatureC, long afterChangeNo) {
        return jdbc.query(FreshPlan.of("SELECT lot_id, sample_count, value_sum, change_no FROM loop_lot_stat"
                        + " WHERE change_no > ? AND characteristic = ? AND temperature_c = ? AND sample_count > 0",
                        afterChangeNo, characteristic.name(), temperatureC),
                (rs, i) -> new StatRow(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getLong(4)));
    }

    /** Every statistics row of the source's lots of the part at the temperature, with the lots' places, in receipt order. */
    Map<LotPlace, StatRow> chartRows(String sourceId, String partNumber, Characteristic characteristic, int temperatureC) {
        Map<LotPlace, StatRow> rows = new LinkedHashMap<>();
        jdbc.query(FreshPlan.of("SELECT l.lot_id, l.seq, l.received_at, s.sample_count, s.value_sum, s.change_no"
                        + " FROM loop_lot l JOIN loop_lot_stat s ON s.lot_id = l.lot_id"
                        + " WHERE l.source_id = ? AND l.part_number = ? AND s.characteristic = ? AND s.temperature_c = ?"
                        + " AND s.sample_count > 0 ORDER BY l.received_at, l.seq", sourceId, partNumber, characteristic.name(),
                        temperatureC),
                rs -> {
                    String lotId = rs.getString(1);
                    rows.put(new LotPlace(lotId, sourceId, partNumber, rs.getTimestamp(3).toInstant(), rs.getLong(2)),
                            new StatRow(lotId, rs.getInt(4), rs.getDouble(5), rs.getLong(6)));
                });
        return rows;
    }

    /** The places of the received lots among the given ones. */
    Map<String, LotPlace> places(Collection<String> lotIds) {
        Map<String, LotPlace> places = new HashMap<>();
        forChunks(lotIds, chunk -> jdbc.query(FreshPlan.named("SELECT lot_id, source_id, part_number, received_at, seq"
                        + " FROM loop_lot WHERE lot_id IN (:lots)", new MapSqlParameterSource("lots", chunk)),
                rs -> {
                    places.put(rs.getString(1), new LotPlace(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getLong(5)));
                }));
        return places;
    }

    /** The version of every fact together: it changes when the loop's facts are removed ({@link #clear()}). */
    long resetVersion() {
        return versions.of(FactVersions.ALL);
    }

    /** As {@link #means}, with every sample value of each lot (in sample id order). */
    public List<LotSamples> samples(String sourceId, String partNumber, Characteristic characteristic, double temperatureC,
                                    int minSamples) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, Object[]> lots = new LinkedHashMap<>();
        jdbc.query(FreshPlan.of("SELECT l.lot_id, l.seq, l.received_at, s.sample_value FROM loop_lot l"
                        + " JOIN loop_sample s ON s.lot_id = l.lot_id"
                        + " WHERE l.source_id = ? AND l.part_number = ? AND s.characteristic = ? AND s.temperature_c = ?"
                        + " ORDER BY l.received_at, l.seq, s.sample_id",
                        sourceId, partNumber, characteristic.name(), (int) Math.round(temperatureC)),
                rs -> {
                    String lot = rs.getString(1);
                    lots.putIfAbsent(lot, new Object[]{rs.getLong(2), rs.getTimestamp(3).toInstant()});
                    values.computeIfAbsent(lot, k -> new ArrayList<>()).add(rs.getDouble(4));
                });
        List<LotSamples> result = new ArrayList<>();
        values.forEach((lot, v) -> {
            if (v.size() >= minSamples) {
                Object[] meta = lots.get(lot);
                double[] array = v.stream().mapToDouble(Double::doubleValue).toArray();
                result.add(new LotSamples(new LotPoint(lot, (Long) meta[0], (Instant) meta[1], array.length, mean(array)), array));
            }
        });
        return result;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Mean value per lot at the temperature, for the lots that have one. */
    /**
     * The mean of each lot's values of the characteristic at the temperature, for many lots in a few queries,
     * from the count and sum kept with every sample (loop_lot_stat): a fit over 10,000 motors read every
     * sample of every lot, one query per motor. Lots without such values are left out.
     */
    Map<String, Double> lotMeans(Collection<String> lotIds, Characteristic characteristic, double temperatureC) {
        Map<String, Double> means = new HashMap<>();
        forChunks(lotIds, chunk -> jdbc.query(FreshPlan.named("SELECT lot_id, sample_count, value_sum FROM loop_lot_stat"
                        + " WHERE lot_id IN (:lots) AND characteristic = :characteristic AND temperature_c = :temperature"
                        + " AND sample_count > 0",
                new MapSqlParameterSource("lots", chunk).addValue("characteristic", characteristic.name())
                        .addValue("temperature", (int) Math.round(temperatureC))),
                rs -> {
                    means.put(rs.getString(1), rs.getDouble(3) / rs.getInt(2));
                }));
        return means;
    }

    /** The part number of each received lot among the given ones. */
    Map<String, String> partsOf(Collection<String> lotIds) {
        Map<String, String> parts = new HashMap<>();
        forChunks(lotIds, chunk -> jdbc.query(FreshPlan.named("SELECT lot_id, part_number FROM loop_lot WHERE lot_id IN (:lots)",
                new MapSqlParameterSource("lots", chunk)), rs -> {
                    parts.put(rs.getString(1), rs.getString(2));
                }));
        return parts;
    }

    private static void forChunks(Collection<String> ids, java.util.function.Consumer<List<String>> query) {
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            query.accept(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
        }
    }

    /** Lots of the source received at or after the given instant, in receipt order. */
    List<String> lotsFrom(String sourceId, Instant receivedAt) {
        return jdbc.queryForList("SELECT lot_id FROM loop_lot WHERE source_id = ? AND received_at >= ? ORDER BY received_at, seq",
                String.class, sourceId, Timestamp.from(receivedAt));
    }

    List<String> lotsOf(String sourceId) {
        return jdbc.queryForList("SELECT lot_id FROM loop_lot WHERE source_id = ? ORDER BY received_at, seq", String.class, sourceId);
    }

    List<String> sources() {
        return jdbc.queryForList("SELECT DISTINCT source_id FROM loop_lot ORDER BY source_id", String.class);
    }
}
