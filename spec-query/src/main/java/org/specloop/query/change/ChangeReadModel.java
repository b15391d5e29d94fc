package org.specloop.query.change;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.FirstArticleSummary;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Sql;
import org.specloop.query.shared.Where;
import org.specloop.contracts.change.DriftEvidence;
import org.specloop.readside.shared.Json;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the engineering change tables written by {@link ChangeProjection}. */
@Repository
public class ChangeReadModel {
    /** object_type of these objects' lines in object_history: written by the projection, read by the history pages. */
    public static final String OBJECT_TYPE = "engineering-change";
    public static final Map<String, String> SORTABLE = Map.of("raisedAt", "raised_at", "status", "status",
            "dueDate", "due_date", "changeId", "change_id", "trigger", "change_trigger", "title", "title");
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public ChangeReadModel(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Page<ChangeSummary> find(String status, String trigger, String specificationId, PageQuery page) {
        Where where = new Where().eq("status", status).eq("change_trigger", trigger).eq("specification_id", specificationId);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM q_change" + where.sql(), where.params(), Long.class);
        List<ChangeSummary> items = jdbc.query("SELECT * FROM q_change" + where.sql() + page.orderBy("change_id")
                + page.limit(), where.params(), SUMMARY);
        return new Page<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    /**
     * The change's evidence, plan items, lots and row from one snapshot: read one statement after the other, a
     * batch of the projection committed between them showed an item received with no evidence reference (a
     * clean-clone's SourceChangeScenarioPostgresTest saw it), as LotReadModel.one once showed a lot held without
     * its hold.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<ChangeView> one(String changeId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", changeId);
        Map<String, List<String>> evidence = new HashMap<>();
        jdbc.query("SELECT item_id, evidence_reference FROM q_change_evidence WHERE change_id = :id"
                + " ORDER BY evidence_reference", params, rs -> {
            evidence.computeIfAbsent(rs.getString("item_id"), k -> new ArrayList<>()).add(rs.getString("evidence_reference"));
        });
        List<PlanItemView> items = jdbc.query("SELECT * FROM q_change_item WHERE change_id = :id ORDER BY item_id", params,
                (rs, n) -> new PlanItemView(rs.getString("item_id"), rs.getString("description"),
                        rs.getString("evidence_type"), rs.getInt("received"), rs.getInt("required"),
                        evidence.getOrDefault(rs.getString("item_id"), List.of())));
        List<String> lots = jdbc.queryForList("SELECT lot_id FROM q_change_lot WHERE change_id = :id ORDER BY lot_id",
                params, String.class);
        FirstArticleSummary latest = firstArticle(changeId).map(f -> FirstArticleSummary.of(f.record(), f.issue())).orElse(null);
        return jdbc.query("SELECT * FROM q_change WHERE change_id = :id", params, (rs, n) -> new ChangeView(
                SUMMARY.mapRow(rs, n), rs.getString("description"), swaps(rs.getString("source_changes_json")),
                rs.getString("planner"), items, Sql.instant(rs, "evidence_complete_at"), rs.getString("decision_reason"),
                rs.getString("signature_meaning"), Sql.instant(rs, "decided_at"), rs.getString("closed_by"),
                rs.getString("close_note"), Sql.instant(rs, "closed_at"), lots, Sql.instant(rs, "escalated_at"),
                rs.getString("escalation_reason"), Json.read(json, rs.getString("drift_evidence_json"), DriftEvidence.class),
                new RequalificationView(Sql.bool(rs, "first_article_required"), Sql.integer(rs, "ppap_level"), latest,
                        Json.read(json, rs.getString("approved_first_article_json"), FirstArticleSummary.class))))
                .stream().findFirst();
    }

    /** The latest issue of the change's first article record; empty for a change that has none (yet). */
    public Optional<FirstArticleView> firstArticle(String changeId) {
        return jdbc.query("SELECT f.*, c.first_article_required FROM q_change_first_article f JOIN q_change c"
                        + " ON c.change_id = f.change_id WHERE f.change_id = :id", new MapSqlParameterSource("id", changeId),
                (rs, n) -> new FirstArticleView(changeId, rs.getInt("issue"), Boolean.TRUE.equals(Sql.bool(rs, "first_article_required")),
                        rs.getString("recorded_by"), Sql.instant(rs, "recorded_at"),
                        Json.read(json, rs.getString("record_json"), FirstArticleRecord.class))).stream().findFirst();
    }

    /** The change's PPAP submission; empty for a change whose plan asks for none. */
    public Optional<PpapSubmissionView> ppap(String changeId) {
        return one(changeId).filter(c -> c.requalification().ppapSubmissionLevel() != null)
                .map(c -> PpapSubmissionView.of(changeId, c.requalification().ppapSubmissionLevel(), c.planItems(),
                        c.change().decision()));
    }

    public boolean exists(String changeId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM q_change WHERE change_id = :id",
                new MapSqlParameterSource("id", changeId), Integer.class);
        return count != null && count > 0;
    }

    private static final RowMapper<ChangeSummary> SUMMARY = (rs, n) -> new ChangeSummary(rs.getString("change_id"),
            rs.getString("change_trigger"), rs.getString("title"), rs.getString("specification_id"), rs.getString("status"),
            rs.getString("raised_by"), Sql.instant(rs, "raised_at"), rs.getString("due_date"), rs.getString("decision"),
            rs.getString("decided_by"));

    private List<SourceSwap> swaps(String text) {
        return text == null ? List.of() : Json.read(json, text, new TypeReference<List<SourceSwap>>() { });
    }
}
