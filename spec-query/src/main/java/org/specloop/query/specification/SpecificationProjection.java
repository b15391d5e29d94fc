package org.specloop.query.specification;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.specloop.contracts.specification.DraftRevisionEdited;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.RevisionDiscarded;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionProposed;
import org.specloop.contracts.specification.RevisionRejected;
import org.specloop.contracts.specification.RevisionReviewed;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.Json;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.time.Instant;

/** Specifications and their revisions; every handler sets absolute values so a replay changes nothing. */
@Component
@ProcessingGroup("query-specifications")
class SpecificationProjection {
    private static final String OBJECT_TYPE = SpecificationReadModel.OBJECT_TYPE;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ObjectHistory history;

    public SpecificationProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper json, ObjectHistory history) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
    }

    @EventHandler
    public void on(SpecificationCreated e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Sql.upsert(jdbc, "UPDATE q_specification SET part_number = :part, grade = :grade, title = :title,"
                        + " created_by = :author, created_at = :at WHERE specification_id = :id",
                "INSERT INTO q_specification (specification_id, part_number, grade, title, created_by, created_at, status_summary)"
                        + " VALUES (:id, :part, :grade, :title, :author, :at, 'no revision yet')",
                new MapSqlParameterSource("id", e.specificationId()).addValue("part", e.partNumber())
                        .addValue("grade", e.grade()).addValue("title", e.title()).addValue("author", e.author())
                        .addValue("at", Sql.ts(at)));
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, e.author(), at,
                "created specification for part " + e.partNumber() + " grade " + e.grade() + ": " + e.title());
    }

    @EventHandler
    public void on(RevisionDrafted e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        MapSqlParameterSource params = revision(e.specificationId(), e.revision())
                .addValue("content", Json.write(json, e.content()))
                .addValue("author", e.author()).addValue("reason", e.reason()).addValue("at", Sql.ts(at));
        Sql.upsert(jdbc, "UPDATE q_spec_revision SET content_json = :content, author = :author, draft_reason = :reason,"
                        + " drafted_at = :at WHERE specification_id = :id AND revision = :rev",
                "INSERT INTO q_spec_revision (specification_id, revision, status, content_json, author, draft_reason, drafted_at)"
                        + " VALUES (:id, :rev, 'DRAFT', :content, :author, :reason, :at)", params);
        refreshSummary(e.specificationId());
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, e.author(), at,
                "drafted revision " + e.revision() + (e.reason() == null ? "" : ": " + e.reason()));
    }

    /** The draft keeps its author and drafting time; the edit, with the editor's name, is in the history. */
    @EventHandler
    public void on(DraftRevisionEdited e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_spec_revision SET content_json = :content, draft_reason = :reason"
                + " WHERE specification_id = :id AND revision = :rev", revision(e.specificationId(), e.revision())
                .addValue("content", Json.write(json, e.content())).addValue("reason", e.reason()));
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, e.editor(), at,
                "edited draft revision " + e.revision() + ": " + e.reason());
    }

    @EventHandler
    public void on(RevisionDiscarded e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_spec_revision SET status = 'DISCARDED', discarded_by = :who, decision_reason = :reason,"
                + " discarded_at = :when WHERE specification_id = :id AND revision = :rev", revision(e.specificationId(), e.revision())
                .addValue("who", e.discardedBy()).addValue("reason", e.reason())
                .addValue("when", Sql.ts(e.discardedAt() != null ? e.discardedAt() : at)));
        refreshSummary(e.specificationId());
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, e.discardedBy(), at,
                "discarded draft revision " + e.revision() + ": " + e.reason());
    }

    @EventHandler
    public void on(RevisionProposed e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_spec_revision SET status = 'PROPOSED', proposer = :who, proposed_at = :when"
                + " WHERE specification_id = :id AND revision = :rev", revision(e.specificationId(), e.revision())
                .addValue("who", e.proposer()).addValue("when", Sql.ts(e.proposedAt() != null ? e.proposedAt() : at)));
        refreshSummary(e.specificationId());
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, e.proposer(), at,
                "proposed revision " + e.revision() + " for approval");
    }

    /** A review signature changes no status; it lives in the history with who signed and why. */
    @EventHandler
    public void on(RevisionReviewed e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, e.reviewer(), at, "reviewed revision " + e.revision()
                + " (signed " + e.signatureMeaning() + "): " + e.reason());
    }

    @EventHandler
    public void on(RevisionRejected e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.update("UPDATE q_spec_revision SET status = 'REJECTED', rejector = :who, decision_reason = :reason,"
                + " rejected_at = :when WHERE specification_id = :id AND revision = :rev", revision(e.specificationId(), e.revision())
                .addValue("who", e.rejector()).addValue("reason", e.reason())
                .addValue("when", Sql.ts(e.rejectedAt() != null ? e.rejectedAt() : at)));
        refreshSummary(e.specificationId());
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, e.rejector(), at,
                "rejected revision " + e.revision() + ": " + e.reason());
    }

    @EventHandler
    public void on(RevisionApproved e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Instant approvedAt = e.approvedAt() != null ? e.approvedAt() : at;
        Instant effectiveFrom = e.effectiveFrom() != null ? e.effectiveFrom() : approvedAt;
        // An approval never demotes a revision that already became effective (replays may repeat it).
        jdbc.update("UPDATE q_spec_revision SET status = CASE WHEN status IN ('EFFECTIVE', 'SUPERSEDED') THEN status"
                        + " ELSE 'APPROVED' END, approver = :who, decision_reason = :reason, signature_meaning = :meaning,"
                        + " approved_at = :approvedAt, effective_from = :from WHERE specification_id = :id AND revision = :rev",
                revision(e.specificationId(), e.revision()).addValue("who", e.approver()).addValue("reason", e.reason())
                        .addValue("meaning", Sql.enumName(e.signatureMeaning())).addValue("approvedAt", Sql.ts(approvedAt))
                        .addValue("from", Sql.ts(effectiveFrom)));
        refreshSummary(e.specificationId());
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, e.approver(), at, "approved revision " + e.revision()
                + " (" + e.signatureMeaning() + "), effective from " + effectiveFrom + ": " + e.reason());
    }

    @EventHandler
    public void on(RevisionBecameEffective e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        Instant from = e.effectiveFrom() != null ? e.effectiveFrom() : at;
        MapSqlParameterSource params = revision(e.specificationId(), e.revision()).addValue("from", Sql.ts(from))
                .addValue("content", Json.write(json, e.content())).addValue("superseded", e.supersededRevision());
        if (e.supersededRevision() != null && e.supersededRevision() != e.revision()) {
            jdbc.update("UPDATE q_spec_revision SET status = 'SUPERSEDED', effective_until = :from"
                    + " WHERE specification_id = :id AND revision = :superseded", params);
        }
        Sql.upsert(jdbc, "UPDATE q_spec_revision SET status = 'EFFECTIVE', effective_from = :from, effective_until = NULL,"
                        + " content_json = COALESCE(content_json, :content), supersedes_revision = :superseded"
                        + " WHERE specification_id = :id AND revision = :rev",
                "INSERT INTO q_spec_revision (specification_id, revision, status, content_json, effective_from,"
                        + " supersedes_revision) VALUES (:id, :rev, 'EFFECTIVE', :content, :from, :superseded)", params);
        jdbc.update("UPDATE q_specification SET effective_revision = :rev WHERE specification_id = :id", params);
        refreshSummary(e.specificationId());
        history.record(eventId, OBJECT_TYPE, e.specificationId(), e, null, at, "revision " + e.revision()
                + " became effective from " + from
                + (e.supersededRevision() == null ? "" : ", superseding revision " + e.supersededRevision()));
    }

    @ResetHandler
    public void reset() {
        ReadModelTables.empty(jdbc.getJdbcOperations(), List.of("q_spec_revision", "q_specification"));
        history.clear(OBJECT_TYPE);
    }

    private void refreshSummary(String specificationId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", specificationId);
        StringBuilder summary = new StringBuilder();
        jdbc.query("SELECT revision, status FROM q_spec_revision WHERE specification_id = :id"
                        + " AND status IN ('EFFECTIVE', 'APPROVED', 'PROPOSED', 'DRAFT') ORDER BY revision", params,
                rs -> {
                    summary.append(summary.isEmpty() ? "" : "; ").append("rev ").append(rs.getInt("revision"))
                            .append(' ').append(rs.getString("status").toLowerCase());
                });
        jdbc.update("UPDATE q_specification SET status_summary = :summary WHERE specification_id = :id",
                params.addValue("summary", summary.isEmpty() ? "no open or effective revision" : summary.toString()));
    }

    private static MapSqlParameterSource revision(String specificationId, int revision) {
        return new MapSqlParameterSource("id", specificationId).addValue("rev", revision);
    }
}
