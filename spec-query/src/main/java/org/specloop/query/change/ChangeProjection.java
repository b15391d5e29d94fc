package org.specloop.query.change;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.ChangeEvidenceRecorded;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeClosed;
import org.specloop.contracts.change.EngineeringChangeEscalated;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.qualification.FirstArticleInspectionRecorded;
import org.specloop.contracts.qualification.FirstArticleSummary;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.Json;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** The engineering change board: changes, their plan with evidence received, and the lots they hold. */
@Component
@ProcessingGroup("query-changes")
class ChangeProjection {
    private static final String OBJECT_TYPE = ChangeReadModel.OBJECT_TYPE;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ObjectHistory history;

    public ChangeProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper json, ObjectHistory history) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
    }

    @EventHandler
    public void on(EngineeringChangeRaised e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Sql.upsert(jdbc, "UPDATE q_change SET change_trigger = :trigger, title = :title, description = :description,"
                        + " specification_id = :spec, source_changes_json = :swaps, raised_by = :by, raised_at = :when,"
                        + " drift_evidence_json = :drift WHERE change_id = :id",
                "INSERT INTO q_change (change_id, change_trigger, title, description, specification_id, source_changes_json,"
                        + " status, raised_by, raised_at, drift_evidence_json) VALUES (:id, :trigger, :title, :description,"
                        + " :spec, :swaps, 'RAISED', :by, :when, :drift)",
                change(e.changeId()).addValue("trigger", Sql.enumName(e.trigger())).addValue("title", e.title())
                        .addValue("description", e.description()).addValue("spec", e.specificationId())
                        .addValue("swaps", Json.write(json, e.sourceChanges())).addValue("by", e.raisedBy())
                        .addValue("when", Sql.ts(e.raisedAt() != null ? e.raisedAt() : at))
                        .addValue("drift", Json.write(json, e.drift())));
        (e.affectedLots() == null ? List.<String>of() : e.affectedLots()).forEach(lot -> attach(e.changeId(), lot));
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, e.raisedBy(), at, "raised (" + e.trigger() + "): " + e.title());
    }

    @EventHandler
    public void on(EngineeringChangePlanned e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        List<PlanItem> items = e.items() == null ? List.of() : e.items();
        for (PlanItem item : items) {
            Sql.upsert(jdbc, "UPDATE q_change_item SET description = :description, evidence_type = :type, required = :required"
                            + " WHERE change_id = :id AND item_id = :item",
                    "INSERT INTO q_change_item (change_id, item_id, description, evidence_type, required, received)"
                            + " VALUES (:id, :item, :description, :type, :required, 0)",
                    change(e.changeId()).addValue("item", item.itemId()).addValue("description", item.description())
                            .addValue("type", item.evidenceType()).addValue("required", item.required()));
        }
        // A new plan replaces the old one: items it no longer names go.
        String keep = items.isEmpty() ? "" : " AND item_id NOT IN (:items)";
        jdbc.update("DELETE FROM q_change_item WHERE change_id = :id" + keep,
                change(e.changeId()).addValue("items", items.stream().map(PlanItem::itemId).toList()));
        RequalificationRecords records = e.requalification();
        jdbc.update("UPDATE q_change SET status = CASE WHEN status = 'RAISED' THEN 'PLANNED' ELSE status END,"
                        + " due_date = :due, planner = :planner, first_article_required = :fai, ppap_level = :ppap"
                        + " WHERE change_id = :id", change(e.changeId())
                .addValue("due", e.dueDate() == null ? null : e.dueDate().toString()).addValue("planner", e.planner())
                .addValue("fai", records == null ? null : records.firstArticle())
                .addValue("ppap", records == null ? null : records.ppapSubmissionLevel()));
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, e.planner(), at,
                "planned " + items.size() + " evidence items, due " + e.dueDate());
    }

    @EventHandler
    public void on(ChangeEvidenceRecorded e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        MapSqlParameterSource params = change(e.changeId()).addValue("item", e.itemId()).addValue("received", e.received())
                .addValue("required", e.required()).addValue("ref", e.evidenceReference()).addValue("by", e.recordedBy());
        jdbc.update("UPDATE q_change_item SET received = :received, required = :required"
                + " WHERE change_id = :id AND item_id = :item", params);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM q_change_evidence WHERE change_id = :id"
                + " AND item_id = :item AND evidence_reference = :ref", params, Integer.class);
        if (known == null || known == 0) {
            jdbc.update("INSERT INTO q_change_evidence (change_id, item_id, evidence_reference, recorded_by)"
                    + " VALUES (:id, :item, :ref, :by)", params);
        }
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, e.recordedBy(), at, "evidence " + e.evidenceReference()
                + " for " + e.itemId() + " (" + e.received() + "/" + e.required() + ")");
    }

    @EventHandler
    public void on(ChangeEvidenceCompleted e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_change SET status = 'EVIDENCE_COMPLETE', evidence_complete_at = :when WHERE change_id = :id",
                change(e.changeId()).addValue("when", Sql.ts(e.completedAt() != null ? e.completedAt() : at)));
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, null, at, "all required evidence received");
    }

    @EventHandler
    public void on(FirstArticleInspectionRecorded e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        MapSqlParameterSource params = change(e.changeId()).addValue("issue", e.issue())
                .addValue("verdict", Sql.enumName(e.record().verdict())).addValue("record", Json.write(json, e.record()))
                .addValue("by", e.recordedBy()).addValue("when", Sql.ts(e.recordedAt() != null ? e.recordedAt() : at));
        Sql.upsert(jdbc, "UPDATE q_change_first_article SET issue = :issue, verdict = :verdict, record_json = :record,"
                        + " recorded_by = :by, recorded_at = :when WHERE change_id = :id",
                "INSERT INTO q_change_first_article (change_id, issue, verdict, record_json, recorded_by, recorded_at)"
                        + " VALUES (:id, :issue, :verdict, :record, :by, :when)", params);
        FirstArticleSummary summary = FirstArticleSummary.of(e.record(), e.issue());
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, e.recordedBy(), at, "first article " + summary.reportNumber()
                + " issue " + summary.issue() + ": " + summary.verdict() + " (" + summary.accepted() + " accepted, "
                + summary.rejected() + " rejected, " + summary.missing() + " not measured)");
    }

    @EventHandler
    public void on(EngineeringChangeApproved e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        decide(e.changeId(), "APPROVED", e.approver(), e.reason(), Sql.enumName(e.signatureMeaning()),
                e.approvedAt() != null ? e.approvedAt() : at);
        jdbc.update("UPDATE q_change SET approved_first_article_json = :fai WHERE change_id = :id",
                change(e.changeId()).addValue("fai", e.firstArticle() == null ? null : Json.write(json, e.firstArticle())));
        String signed = e.firstArticle() == null ? "" : " (on first article " + e.firstArticle().reportNumber() + " issue "
                + e.firstArticle().issue() + ", " + e.firstArticle().verdict() + ")";
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, e.approver(), at, "approved: " + e.reason() + signed);
    }

    @EventHandler
    public void on(EngineeringChangeRejected e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        decide(e.changeId(), "REJECTED", e.rejector(), e.reason(), null, e.rejectedAt() != null ? e.rejectedAt() : at);
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, e.rejector(), at, "rejected: " + e.reason());
    }

    @EventHandler
    public void on(EngineeringChangeClosed e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_change SET status = 'CLOSED', closed_by = :by, close_note = :note, closed_at = :when"
                + " WHERE change_id = :id", change(e.changeId()).addValue("by", e.closedBy()).addValue("note", e.note())
                .addValue("when", Sql.ts(e.closedAt() != null ? e.closedAt() : at)));
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, e.closedBy(), at,
                "closed" + (e.note() == null ? "" : ": " + e.note()));
    }

    @EventHandler
    public void on(EngineeringChangeEscalated e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_change SET escalated_at = :when, escalation_reason = :reason WHERE change_id = :id",
                change(e.changeId()).addValue("when", Sql.ts(e.escalatedAt() != null ? e.escalatedAt() : at))
                        .addValue("reason", e.reason()));
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, e.escalatedBy(), at, "escalated: " + e.reason());
    }

    @EventHandler
    public void on(LotAttachedToChange e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        attach(e.changeId(), e.lotId());
        history.record(eventId, OBJECT_TYPE, e.changeId(), e, null, at, "lot " + e.lotId() + " attached");
    }

    @ResetHandler
    public void reset() {
        ReadModelTables.empty(jdbc.getJdbcOperations(), List.of("q_change_first_article", "q_change_evidence", "q_change_item",
                "q_change_lot", "q_change"));
        history.clear(OBJECT_TYPE);
    }

    private void decide(String changeId, String decision, String by, String reason, String meaning, Instant when) {
        jdbc.update("UPDATE q_change SET status = CASE WHEN status = 'CLOSED' THEN status ELSE :decision END,"
                + " decision = :decision, decided_by = :by, decision_reason = :reason, signature_meaning = :meaning,"
                + " decided_at = :when WHERE change_id = :id", change(changeId).addValue("decision", decision)
                .addValue("by", by).addValue("reason", reason).addValue("meaning", meaning).addValue("when", Sql.ts(when)));
    }

    private void attach(String changeId, String lotId) {
        MapSqlParameterSource params = change(changeId).addValue("lot", lotId);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM q_change_lot WHERE change_id = :id AND lot_id = :lot",
                params, Integer.class);
        if (known == null || known == 0) {
            jdbc.update("INSERT INTO q_change_lot (change_id, lot_id) VALUES (:id, :lot)", params);
        }
    }

    private static MapSqlParameterSource change(String changeId) {
        return new MapSqlParameterSource("id", changeId);
    }
}
