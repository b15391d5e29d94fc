package org.specloop.query.specification;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Sql;
import org.specloop.query.shared.Where;
import org.specloop.readside.shared.Json;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the specification tables written by {@link SpecificationProjection}. */
@Repository
public class SpecificationReadModel {
    /** object_type of these objects' lines in object_history: written by the projection, read by the history pages. */
    public static final String OBJECT_TYPE = "specification";
    public static final Map<String, String> SORTABLE = Map.of("partNumber", "part_number", "grade", "grade",
            "title", "title", "specificationId", "specification_id", "createdAt", "created_at");
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public SpecificationReadModel(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Page<SpecificationSummary> find(String partNumber, String grade, PageQuery page) {
        Where where = new Where().eq("part_number", partNumber).eq("grade", grade);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM q_specification" + where.sql(), where.params(), Long.class);
        List<SpecificationSummary> items = jdbc.query("SELECT * FROM q_specification" + where.sql()
                + page.orderBy("specification_id") + page.limit(), where.params(), SUMMARY);
        return new Page<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    public Optional<SpecificationSummary> summary(String specificationId) {
        return jdbc.query("SELECT * FROM q_specification WHERE specification_id = :id",
                new MapSqlParameterSource("id", specificationId), SUMMARY).stream().findFirst();
    }

    public List<RevisionView> revisions(String specificationId) {
        return jdbc.query("SELECT * FROM q_spec_revision WHERE specification_id = :id ORDER BY revision",
                new MapSqlParameterSource("id", specificationId), (rs, n) -> revision(rs, false));
    }

    public Optional<RevisionView> revision(String specificationId, int revision) {
        return jdbc.query("SELECT * FROM q_spec_revision WHERE specification_id = :id AND revision = :rev",
                new MapSqlParameterSource("id", specificationId).addValue("rev", revision),
                (rs, n) -> revision(rs, true)).stream().findFirst();
    }

    private static final RowMapper<SpecificationSummary> SUMMARY = (rs, n) -> new SpecificationSummary(
            rs.getString("specification_id"), rs.getString("part_number"), rs.getString("grade"), rs.getString("title"),
            Sql.integer(rs, "effective_revision"), rs.getString("status_summary"), rs.getString("created_by"),
            Sql.instant(rs, "created_at"));

    private RevisionView revision(java.sql.ResultSet rs, boolean withContent) throws java.sql.SQLException {
        return new RevisionView(rs.getString("specification_id"), rs.getInt("revision"), rs.getString("status"),
                withContent ? Json.read(json, rs.getString("content_json"), RevisionContent.class) : null, rs.getString("author"),
                rs.getString("draft_reason"), Sql.instant(rs, "drafted_at"), rs.getString("proposer"),
                Sql.instant(rs, "proposed_at"), rs.getString("approver"), rs.getString("rejector"),
                rs.getString("decision_reason"), rs.getString("signature_meaning"), Sql.instant(rs, "approved_at"),
                Sql.instant(rs, "rejected_at"), Sql.instant(rs, "effective_from"), Sql.instant(rs, "effective_until"),
                Sql.integer(rs, "supersedes_revision"), rs.getString("discarded_by"), Sql.instant(rs, "discarded_at"));
    }
}
