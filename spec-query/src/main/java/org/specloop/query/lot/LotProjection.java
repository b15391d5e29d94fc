package org.specloop.query.lot;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.LotDeviationApproved;
import org.specloop.contracts.lot.LotDeviationRejected;
import org.specloop.contracts.lot.LotDeviationRequested;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.query.shared.BufferedInserts;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.DatabaseKind;
import org.specloop.readside.shared.Json;
import org.specloop.readside.shared.PerBatch;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Magnet lots with their holds, measurements and latest evaluation; replay-safe by keys and absolute values. */
@Component
@ProcessingGroup("query-lots")
class LotProjection {
    private static final String OBJECT_TYPE = LotReadModel.OBJECT_TYPE;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ObjectHistory history;
    /**
     * A lab batch's measurements, each with its properties in one row, are written with the processor's batch,
     * not one look-up and insert each.
     */
    private final BufferedInserts measurements;
    /** Names this projection's q_lot and q_lot_hold changes among the batch's resources. */
    private final String batchKey = LotWrites.class.getName() + "@" + System.identityHashCode(this);
    private final DatabaseKind database;

    public LotProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper json, ObjectHistory history) {
        this.jdbc = jdbc;
        this.database = new DatabaseKind(jdbc.getJdbcOperations());
        List<String> columns = new ArrayList<>(List.of("lot_id", "measurement_id", "sample_id", "test_temperature_c",
                "lab", "instrument", "method", "measured_at"));
        columns.addAll(MeasuredColumns.ALL);
        this.measurements = new BufferedInserts(jdbc, "q_lot_measurement", List.of("lot_id", "measurement_id"), columns);
        this.json = json;
        this.history = history;
    }

    @EventHandler
    public void on(MagnetLotReceived e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("supplier", e.supplierId());
        columns.put("part", e.partNumber());
        columns.put("grade", e.grade());
        columns.put("qty", e.quantity());
        columns.put("chain", Json.write(json, e.declaredChain()));
        columns.put("custody", e.declaredChain() == null ? null : Sql.enumName(e.declaredChain().custodyModel()));
        columns.put("certs", Json.write(json, e.certificateReferences()));
        columns.put("received", Sql.ts(e.receivedAt() != null ? e.receivedAt() : at));
        write(e.lotId(), new LotStep.Received(columns));
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, null, at, "received " + e.quantity() + " of part "
                + e.partNumber() + " grade " + e.grade() + " from supplier " + e.supplierId());
    }

    @EventHandler
    public void on(MeasurementRecorded e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Map<String, Object> row = new HashMap<>();
        row.put("lot_id", e.lotId());
        row.put("measurement_id", e.measurementId());
        row.put("sample_id", e.sampleId());
        row.put("test_temperature_c", e.testTemperatureC());
        row.put("lab", e.lab());
        row.put("instrument", e.instrument());
        row.put("method", Sql.enumName(e.method()));
        row.put("measured_at", Sql.ts(e.measuredAt() != null ? e.measuredAt() : at));
        MeasuredColumns.ALL.forEach(column -> row.put(column, null));
        List<PropertyValue> values = e.values() == null ? List.of() : e.values();
        for (PropertyValue value : values) {
            // a property sent twice keeps its first value, as the property rows' key kept it before V12_220
            row.putIfAbsent(MeasuredColumns.of(value.characteristic()), value.value());
        }
        measurements.insertIfAbsent(row);
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, null, at, "measured sample " + e.sampleId() + " at "
                + e.testTemperatureC() + " degC in " + e.lab() + ": " + MeasuredValue.describe(values));
    }

    @EventHandler
    public void on(LotConformanceEvaluated e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("verdict", Sql.enumName(e.verdict()));
        columns.put("spec", e.specificationId());
        columns.put("rev", e.revision());
        columns.put("trigger", e.trigger());
        columns.put("when", Sql.ts(e.evaluatedAt() != null ? e.evaluatedAt() : at));
        write(e.lotId(), new LotStep.Evaluated(columns, e.results()));
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, null, at, "evaluated against " + e.specificationId()
                + " revision " + e.revision() + ": " + e.verdict() + (e.trigger() == null ? "" : " (" + e.trigger() + ")"));
    }

    @EventHandler
    public void on(LotHeld e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        write(e.lotId(), new LotStep.Held(e.category().name(), e.reason(), e.actor(), e.heldAt() != null ? e.heldAt() : at, at));
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, e.actor(), at, "held (" + e.category() + "): " + e.reason());
    }

    @EventHandler
    public void on(LotHoldLifted e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        write(e.lotId(), new LotStep.HoldLifted(e.category().name(), e.reason(), e.actor(), at));
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, e.actor(), at, "hold lifted (" + e.category() + "): " + e.reason());
    }

    @EventHandler
    public void on(LotReleased e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        write(e.lotId(), new LotStep.Released(e.reason(), e.actor(), e.releasedAt() != null ? e.releasedAt() : at));
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, e.actor(), at, "released: " + e.reason()
                + (e.deviationId() == null ? "" : " (under deviation " + e.deviationId() + ")"));
    }

    @EventHandler
    public void on(LotRejected e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        write(e.lotId(), new LotStep.Rejected(e.reason(), e.actor(), e.rejectedAt() != null ? e.rejectedAt() : at));
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, e.actor(), at, "rejected: " + e.reason()
                + (e.deviationId() == null ? "" : " (under deviation " + e.deviationId() + ")"));
    }

    @EventHandler
    public void on(LotDeviationRequested e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        MapSqlParameterSource params = deviation(e.lotId(), e.deviationId()).addValue("disposition", e.disposition().name())
                .addValue("reason", e.reason()).addValue("by", e.requestedBy())
                .addValue("when", Sql.ts(e.requestedAt() != null ? e.requestedAt() : at))
                .addValue("verdict", Sql.enumName(e.verdict())).addValue("spec", e.specificationId()).addValue("rev", e.revision());
        // a replay finds the row already there: the request's own columns are rewritten, a decision kept
        Sql.upsert(jdbc, "UPDATE q_lot_deviation SET disposition = :disposition, reason = :reason, requested_by = :by,"
                        + " requested_at = :when, verdict = :verdict, specification_id = :spec, revision = :rev"
                        + " WHERE lot_id = :id AND deviation_id = :deviation",
                "INSERT INTO q_lot_deviation (lot_id, deviation_id, disposition, status, reason, requested_by, requested_at,"
                        + " verdict, specification_id, revision) VALUES (:id, :deviation, :disposition, 'OPEN', :reason, :by,"
                        + " :when, :verdict, :spec, :rev)", params);
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, e.requestedBy(), at, "deviation " + e.deviationId()
                + " requested (" + e.disposition() + ", last verdict " + (e.verdict() == null ? "none" : e.verdict())
                + "): " + e.reason());
    }

    @EventHandler
    public void on(LotDeviationApproved e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        decide(e.lotId(), e.deviationId(), "APPROVED", e.approver(), e.reason(), Sql.enumName(e.signatureMeaning()),
                e.approvedAt() != null ? e.approvedAt() : at);
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, e.approver(), at, "deviation " + e.deviationId() + " ("
                + e.disposition() + ") signed " + e.signatureMeaning() + " by " + e.approver() + ": " + e.reason());
    }

    @EventHandler
    public void on(LotDeviationRejected e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        decide(e.lotId(), e.deviationId(), "REJECTED", e.rejectedBy(), e.reason(), null,
                e.rejectedAt() != null ? e.rejectedAt() : at);
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, e.rejectedBy(), at, "deviation " + e.deviationId()
                + " rejected by " + e.rejectedBy() + ": " + e.reason());
    }

    private void decide(String lotId, String deviationId, String status, String by, String reason, String meaning, Instant when) {
        jdbc.update("UPDATE q_lot_deviation SET status = :status, decided_by = :by, decision_reason = :reason,"
                + " signature_meaning = :meaning, decided_at = :when WHERE lot_id = :id AND deviation_id = :deviation",
                deviation(lotId, deviationId).addValue("status", status).addValue("by", by).addValue("reason", reason)
                        .addValue("meaning", meaning).addValue("when", Sql.ts(when)));
    }

    private static MapSqlParameterSource deviation(String lotId, String deviationId) {
        return lot(lotId).addValue("deviation", deviationId);
    }

    @EventHandler
    public void on(EngineeringChangeRaised e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        for (String lotId : e.affectedLots() == null ? java.util.List.<String>of() : e.affectedLots()) {
            history.record(eventId, OBJECT_TYPE, lotId, e, e.raisedBy(), at,
                    "named in engineering change " + e.changeId() + " (" + e.trigger() + "): " + e.title());
        }
    }

    @EventHandler
    public void on(LotAttachedToChange e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        history.record(eventId, OBJECT_TYPE, e.lotId(), e, null, at, "attached to engineering change " + e.changeId());
    }

    @ResetHandler
    public void reset() {
        ReadModelTables.empty(jdbc.getJdbcOperations(), List.of("q_lot_deviation", "q_lot_hold", "q_lot_measurement",
                "q_lot"));
        history.clear(OBJECT_TYPE);
    }

    /** The lot's row and holds change with the processor's batch (LotWrites); outside one, at once. */
    private void write(String lotId, LotStep step) {
        LotWrites batch = PerBatch.current(batchKey, () -> new LotWrites(jdbc, json, database.isPostgres()), LotWrites::write);
        if (batch != null) {
            batch.add(lotId, step);
            return;
        }
        LotWrites now = new LotWrites(jdbc, json, database.isPostgres());
        now.add(lotId, step);
        now.write();
    }


    private static MapSqlParameterSource lot(String lotId) {
        return new MapSqlParameterSource("id", lotId);
    }
}
