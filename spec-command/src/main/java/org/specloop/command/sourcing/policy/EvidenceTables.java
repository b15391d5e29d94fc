package org.specloop.command.sourcing.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.specloop.command.sourcing.EvidenceMatcher;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.infrastructure.json.StoredJson;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.units.Characteristic;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Plan items, lots and evidence of open source changes, and the facts that may become evidence (V2_50). */
@Component
class EvidenceTables {
    private static final String COLLECTING = EvidenceTables.class.getName() + "/collecting";
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MeasurementFacts facts;

    EvidenceTables(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.facts = new MeasurementFacts(jdbc);
    }

    record Measurement(String lotId, String sampleId, double temperatureC, List<Characteristic> characteristics) {
    }

    /** A measurement with its values, for the first article record; values null when recorded before V12_20. */
    record MeasuredValues(String lotId, String sampleId, double temperatureC, List<PropertyValue> values, String tooling) {
    }

    record MotorPoint(String runId, OperatingPointKind kind, Double demagnetizationLossPercent) {
    }

    public void attach(String changeId, String lotId) {
        insertIgnoringReplay("INSERT INTO sourcing_change_lot (change_id, lot_id) VALUES (?, ?)", changeId, lotId);
    }

    public List<String> lotsOf(String changeId) {
        return jdbc.queryForList("SELECT lot_id FROM sourcing_change_lot WHERE change_id = ? ORDER BY lot_id", String.class, changeId);
    }

    /**
     * Open (undecided) and planned changes the lot belongs to: only those take evidence. Within a run of
     * measurements of one processor batch the answer comes from one read of every collecting lot, kept until
     * {@link #settle()}: asked once per measurement, it was a query per lab value for lots that are, nearly all,
     * in no change.
     */
    public List<String> collectingChangesOf(Collection<String> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> collecting = collectingLotsOfBatch();
        if (collecting != null) {
            return lotIds.stream().flatMap(lot -> collecting.getOrDefault(lot, List.of()).stream())
                    .distinct().sorted().toList();
        }
        String marks = lotIds.stream().map(l -> "?").collect(Collectors.joining(", "));
        return jdbc.queryForList("SELECT DISTINCT l.change_id FROM sourcing_change_lot l JOIN sourcing_change c"
                + " ON c.change_id = l.change_id WHERE c.status = 'OPEN' AND c.planned = TRUE AND l.lot_id IN (" + marks + ")"
                + " ORDER BY l.change_id", String.class, lotIds.toArray());
    }

    /** Every lot of an open and planned change, with its changes; null outside a processor batch. */
    private Map<String, List<String>> collectingLotsOfBatch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        return batch.getOrComputeResource(COLLECTING, key -> {
            Map<String, List<String>> lots = new HashMap<>();
            jdbc.query("SELECT l.lot_id, l.change_id FROM sourcing_change_lot l JOIN sourcing_change c"
                    + " ON c.change_id = l.change_id WHERE c.status = 'OPEN' AND c.planned = TRUE", rs -> {
                lots.computeIfAbsent(rs.getString(1), lot -> new ArrayList<>()).add(rs.getString(2));
            });
            return lots;
        });
    }

    /**
     * Before the group handles anything but a measurement (SourcingBatchInterceptor): the batch's measurement
     * facts are written and the collecting lots read again, since any other event may attach, plan or decide.
     */
    public void settle() {
        facts.flush();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().remove(COLLECTING);
        }
    }

    public boolean collecting(String changeId) {
        return !jdbc.queryForList("SELECT change_id FROM sourcing_change WHERE change_id = ? AND status = 'OPEN' AND planned = TRUE",
                String.class, changeId).isEmpty();
    }

    public void plan(String changeId, List<EvidenceMatcher.Item> items) {
        jdbc.update("DELETE FROM sourcing_change_item WHERE change_id = ?", changeId);
        items.forEach(item -> jdbc.update("INSERT INTO sourcing_change_item (change_id, item_id, evidence_type) VALUES (?, ?, ?)",
                changeId, item.itemId(), item.evidenceType()));
        jdbc.update("UPDATE sourcing_change SET planned = TRUE WHERE change_id = ?", changeId);
    }

    public List<EvidenceMatcher.Item> itemsOf(String changeId) {
        return jdbc.query("SELECT item_id, evidence_type FROM sourcing_change_item WHERE change_id = ? ORDER BY item_id",
                (rs, i) -> new EvidenceMatcher.Item(rs.getString(1), rs.getString(2)), changeId);
    }

    /** True the first time this evidence is noted for the change, so that each piece is sent once. */
    public boolean firstTime(String changeId, EvidenceMatcher.Match match) {
        // asked first, not inserted and caught: the same PPAP evidence is offered on every rebuild of the first article
        // record, and on PostgreSQL a failed insert aborts the processor's transaction
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM sourcing_change_evidence WHERE change_id = ? AND item_id = ?"
                + " AND evidence_reference = ?", Integer.class, changeId, match.itemId(), match.reference());
        return (known == null || known == 0) && insertIgnoringReplay(
                "INSERT INTO sourcing_change_evidence (change_id, item_id, evidence_reference) VALUES (?, ?, ?)",
                changeId, match.itemId(), match.reference());
    }

    public void forget(String changeId, EvidenceMatcher.Match match) {
        jdbc.update("DELETE FROM sourcing_change_evidence WHERE change_id = ? AND item_id = ? AND evidence_reference = ?",
                changeId, match.itemId(), match.reference());
    }

    public void measured(String lotId, String measurementId, Measurement measurement, List<PropertyValue> values,
                         String tooling, Instant measuredAt) {
        facts.add(new Object[] {lotId, measurementId, measurement.sampleId(), measurement.temperatureC(),
                measurement.characteristics().stream().map(Enum::name).collect(Collectors.joining(",")),
                StoredJson.write(json, values, "measured values"), tooling, measuredAt == null ? null : measuredAt.toEpochMilli()});
    }

    /** In the order they were measured, so that a re-test of a sample comes after the test it repeats. */
    public List<MeasuredValues> valuesOf(String lotId) {
        facts.flush();
        return jdbc.query("SELECT sample_id, temperature_c, values_json, tooling FROM sourcing_measurement WHERE lot_id = ?"
                        + " AND values_json IS NOT NULL ORDER BY measured_at_ms, measurement_id",
                (rs, i) -> new MeasuredValues(lotId, rs.getString(1), rs.getDouble(2),
                        StoredJson.read(json, rs.getString(3), new TypeReference<List<PropertyValue>>() { }, "measured values"), rs.getString(4)),
                lotId);
    }

    public List<Measurement> measurementsOf(String lotId) {
        facts.flush();
        return jdbc.query("SELECT sample_id, temperature_c, characteristics FROM sourcing_measurement WHERE lot_id = ?"
                        + " ORDER BY measurement_id", (rs, i) -> new Measurement(lotId, rs.getString(1), rs.getDouble(2),
                        Arrays.stream(rs.getString(3).split(",")).filter(s -> !s.isBlank()).map(Characteristic::valueOf).toList()),
                lotId);
    }

    public void motorPoint(String runId, String pointId, String lotId, MotorPoint point) {
        insertIgnoringReplay("INSERT INTO sourcing_motor_point (run_id, point_id, lot_id, kind, demag_loss) VALUES (?, ?, ?, ?, ?)",
                runId, pointId, lotId, point.kind().name(), point.demagnetizationLossPercent());
    }

    public List<MotorPoint> motorPointsOf(String lotId) {
        return jdbc.query("SELECT run_id, kind, demag_loss FROM sourcing_motor_point WHERE lot_id = ? ORDER BY run_id, point_id",
                (rs, i) -> new MotorPoint(rs.getString(1), OperatingPointKind.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getDouble(3)), lotId);
    }

    private boolean insertIgnoringReplay(String sql, Object... args) {
        try {
            jdbc.update(sql, args);
            return true;
        } catch (DuplicateKeyException replayed) {
            return false;
        }
    }

    /** Forgets everything, before a replay of the group refills the tables from the events. */
    public void clear() {
        for (String table : List.of("sourcing_change_lot", "sourcing_change_item", "sourcing_change_evidence",
                "sourcing_measurement", "sourcing_motor_point")) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
